import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_value_conflicts_state" AS ENUM('open', 'kept_stored', 'kept_kolada');
  CREATE TYPE "public"."enum_value_conflicts_stored_source" AS ENUM('manual', 'spreadsheet', 'kolada');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'syncKolada' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'syncKolada' BEFORE 'schedulePublish';
  CREATE TABLE "imports_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"indicators_id" uuid
  );
  
  CREATE TABLE "value_conflicts" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar NOT NULL,
  	"indicator_id" uuid,
  	"year" numeric NOT NULL,
  	"state" "enum_value_conflicts_state" DEFAULT 'open' NOT NULL,
  	"stored_value" numeric NOT NULL,
  	"stored_source" "enum_value_conflicts_stored_source" NOT NULL,
  	"stored_reference" varchar,
  	"kolada_value" numeric NOT NULL,
  	"kolada_url" varchar NOT NULL,
  	"resolved_by_id" uuid,
  	"resolved_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "value_conflicts_id" uuid;
  ALTER TABLE "imports_rels" ADD CONSTRAINT "imports_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."imports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "imports_rels" ADD CONSTRAINT "imports_rels_indicators_fk" FOREIGN KEY ("indicators_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "value_conflicts" ADD CONSTRAINT "value_conflicts_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "value_conflicts" ADD CONSTRAINT "value_conflicts_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "imports_rels_order_idx" ON "imports_rels" USING btree ("order");
  CREATE INDEX "imports_rels_parent_idx" ON "imports_rels" USING btree ("parent_id");
  CREATE INDEX "imports_rels_path_idx" ON "imports_rels" USING btree ("path");
  CREATE INDEX "imports_rels_indicators_id_idx" ON "imports_rels" USING btree ("indicators_id");
  CREATE INDEX "value_conflicts_indicator_idx" ON "value_conflicts" USING btree ("indicator_id");
  CREATE INDEX "value_conflicts_year_idx" ON "value_conflicts" USING btree ("year");
  CREATE INDEX "value_conflicts_state_idx" ON "value_conflicts" USING btree ("state");
  CREATE INDEX "value_conflicts_resolved_by_idx" ON "value_conflicts" USING btree ("resolved_by_id");
  CREATE INDEX "value_conflicts_updated_at_idx" ON "value_conflicts" USING btree ("updated_at");
  CREATE INDEX "value_conflicts_created_at_idx" ON "value_conflicts" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_value_conflicts_fk" FOREIGN KEY ("value_conflicts_id") REFERENCES "public"."value_conflicts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_value_conflicts_id_idx" ON "payload_locked_documents_rels" USING btree ("value_conflicts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "imports_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "value_conflicts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "imports_rels" CASCADE;
  DROP TABLE "value_conflicts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_value_conflicts_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deleteEmptyNewsDrafts', 'sendRoundReminders', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deleteEmptyNewsDrafts', 'sendRoundReminders', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_value_conflicts_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "value_conflicts_id";
  DROP TYPE "public"."enum_value_conflicts_state";
  DROP TYPE "public"."enum_value_conflicts_stored_source";`)
}
