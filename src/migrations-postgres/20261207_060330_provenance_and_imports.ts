import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_measurement_source" AS ENUM('manual', 'spreadsheet', 'kolada');
  CREATE TYPE "public"."enum_imports_kind" AS ENUM('spreadsheet', 'kolada');
  CREATE TABLE "imports" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"kind" "enum_imports_kind" NOT NULL,
  	"reference" varchar NOT NULL,
  	"recorded_by_id" uuid,
  	"added" numeric NOT NULL,
  	"changed" numeric NOT NULL,
  	"unchanged" numeric NOT NULL,
  	"changes" jsonb NOT NULL,
  	"undone_at" timestamp(3) with time zone,
  	"undone_by_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "programmes" ADD COLUMN "municipality_code" varchar;
  ALTER TABLE "indicators_measurements" ADD COLUMN "source" "enum_measurement_source" DEFAULT 'manual';
  ALTER TABLE "indicators_measurements" ADD COLUMN "reference" varchar;
  ALTER TABLE "indicators_measurements" ADD COLUMN "recorded_at" timestamp(3) with time zone;
  ALTER TABLE "indicators_measurements" ADD COLUMN "recorded_by_id" uuid;
  ALTER TABLE "indicators" ADD COLUMN "kolada_kpi" varchar;
  ALTER TABLE "indicators" ADD COLUMN "next_value_due" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "imports_id" uuid;
  ALTER TABLE "imports" ADD CONSTRAINT "imports_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "imports" ADD CONSTRAINT "imports_undone_by_id_users_id_fk" FOREIGN KEY ("undone_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "imports_recorded_by_idx" ON "imports" USING btree ("recorded_by_id");
  CREATE INDEX "imports_undone_by_idx" ON "imports" USING btree ("undone_by_id");
  CREATE INDEX "imports_updated_at_idx" ON "imports" USING btree ("updated_at");
  CREATE INDEX "imports_created_at_idx" ON "imports" USING btree ("created_at");
  ALTER TABLE "indicators_measurements" ADD CONSTRAINT "indicators_measurements_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_imports_fk" FOREIGN KEY ("imports_id") REFERENCES "public"."imports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "indicators_measurements_recorded_by_idx" ON "indicators_measurements" USING btree ("recorded_by_id");
  CREATE INDEX "indicators_kolada_kpi_idx" ON "indicators" USING btree ("kolada_kpi");
  CREATE INDEX "payload_locked_documents_rels_imports_id_idx" ON "payload_locked_documents_rels" USING btree ("imports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "imports" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "imports" CASCADE;
  ALTER TABLE "indicators_measurements" DROP CONSTRAINT "indicators_measurements_recorded_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_imports_fk";
  
  DROP INDEX "indicators_measurements_recorded_by_idx";
  DROP INDEX "indicators_kolada_kpi_idx";
  DROP INDEX "payload_locked_documents_rels_imports_id_idx";
  ALTER TABLE "programmes" DROP COLUMN "municipality_code";
  ALTER TABLE "indicators_measurements" DROP COLUMN "source";
  ALTER TABLE "indicators_measurements" DROP COLUMN "reference";
  ALTER TABLE "indicators_measurements" DROP COLUMN "recorded_at";
  ALTER TABLE "indicators_measurements" DROP COLUMN "recorded_by_id";
  ALTER TABLE "indicators" DROP COLUMN "kolada_kpi";
  ALTER TABLE "indicators" DROP COLUMN "next_value_due";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "imports_id";
  DROP TYPE "public"."enum_measurement_source";
  DROP TYPE "public"."enum_imports_kind";`)
}
