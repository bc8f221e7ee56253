import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_follow_up_rounds_round_state" AS ENUM('open', 'review', 'published');
  CREATE TYPE "public"."enum_follow_ups_review_state" AS ENUM('draft', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum__follow_ups_v_version_review_state" AS ENUM('draft', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum_actions_action_state" AS ENUM('planned', 'ongoing', 'done', 'cancelled');
  CREATE TYPE "public"."enum_actions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__actions_v_version_action_state" AS ENUM('planned', 'ongoing', 'done', 'cancelled');
  CREATE TYPE "public"."enum__actions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__actions_v_published_locale" AS ENUM('sv', 'en');
  ALTER TYPE "public"."enum_users_role" ADD VALUE 'reporter';
  CREATE TABLE "follow_up_rounds" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"programme_id" uuid NOT NULL,
  	"year" numeric NOT NULL,
  	"deadline" timestamp(3) with time zone NOT NULL,
  	"state" "enum_follow_up_rounds_round_state" DEFAULT 'open' NOT NULL,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "actions_updates" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"year" numeric
  );
  
  CREATE TABLE "actions_updates_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "actions" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"slug" varchar,
  	"state" "enum_actions_action_state" DEFAULT 'planned',
  	"start_year" numeric,
  	"end_year" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_actions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "actions_locales" (
  	"title" varchar,
  	"description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "actions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"milestone_goals_id" uuid,
  	"organisations_id" uuid
  );
  
  CREATE TABLE "_actions_v_version_updates" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"year" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_actions_v_version_updates_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_actions_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_slug" varchar,
  	"version_state" "enum__actions_v_version_action_state" DEFAULT 'planned',
  	"version_start_year" numeric,
  	"version_end_year" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__actions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__actions_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_actions_v_locales" (
  	"version_title" varchar,
  	"version_description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_actions_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"milestone_goals_id" uuid,
  	"organisations_id" uuid
  );
  
  ALTER TABLE "follow_ups" ADD COLUMN "review" "enum_follow_ups_review_state" DEFAULT 'draft';
  ALTER TABLE "follow_ups" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "_follow_ups_v" ADD COLUMN "version_review" "enum__follow_ups_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_follow_ups_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "users" ADD COLUMN "organisation_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "follow_up_rounds_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "actions_id" uuid;
  ALTER TABLE "follow_up_rounds" ADD CONSTRAINT "follow_up_rounds_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "actions_updates" ADD CONSTRAINT "actions_updates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "actions_updates_locales" ADD CONSTRAINT "actions_updates_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."actions_updates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "actions_locales" ADD CONSTRAINT "actions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "actions_rels" ADD CONSTRAINT "actions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "actions_rels" ADD CONSTRAINT "actions_rels_milestone_goals_fk" FOREIGN KEY ("milestone_goals_id") REFERENCES "public"."milestone_goals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "actions_rels" ADD CONSTRAINT "actions_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_actions_v_version_updates" ADD CONSTRAINT "_actions_v_version_updates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_actions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_actions_v_version_updates_locales" ADD CONSTRAINT "_actions_v_version_updates_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_actions_v_version_updates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_actions_v" ADD CONSTRAINT "_actions_v_parent_id_actions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."actions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_actions_v_locales" ADD CONSTRAINT "_actions_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_actions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_actions_v_rels" ADD CONSTRAINT "_actions_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_actions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_actions_v_rels" ADD CONSTRAINT "_actions_v_rels_milestone_goals_fk" FOREIGN KEY ("milestone_goals_id") REFERENCES "public"."milestone_goals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_actions_v_rels" ADD CONSTRAINT "_actions_v_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "follow_up_rounds_programme_idx" ON "follow_up_rounds" USING btree ("programme_id");
  CREATE INDEX "follow_up_rounds_year_idx" ON "follow_up_rounds" USING btree ("year");
  CREATE INDEX "follow_up_rounds_updated_at_idx" ON "follow_up_rounds" USING btree ("updated_at");
  CREATE INDEX "follow_up_rounds_created_at_idx" ON "follow_up_rounds" USING btree ("created_at");
  CREATE UNIQUE INDEX "programme_year_idx" ON "follow_up_rounds" USING btree ("programme_id","year");
  CREATE INDEX "actions_updates_order_idx" ON "actions_updates" USING btree ("_order");
  CREATE INDEX "actions_updates_parent_id_idx" ON "actions_updates" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "actions_updates_locales_locale_parent_id_unique" ON "actions_updates_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "actions_slug_idx" ON "actions" USING btree ("slug");
  CREATE INDEX "actions_updated_at_idx" ON "actions" USING btree ("updated_at");
  CREATE INDEX "actions_created_at_idx" ON "actions" USING btree ("created_at");
  CREATE INDEX "actions__status_idx" ON "actions" USING btree ("_status");
  CREATE UNIQUE INDEX "actions_locales_locale_parent_id_unique" ON "actions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "actions_rels_order_idx" ON "actions_rels" USING btree ("order");
  CREATE INDEX "actions_rels_parent_idx" ON "actions_rels" USING btree ("parent_id");
  CREATE INDEX "actions_rels_path_idx" ON "actions_rels" USING btree ("path");
  CREATE INDEX "actions_rels_milestone_goals_id_idx" ON "actions_rels" USING btree ("milestone_goals_id");
  CREATE INDEX "actions_rels_organisations_id_idx" ON "actions_rels" USING btree ("organisations_id");
  CREATE INDEX "_actions_v_version_updates_order_idx" ON "_actions_v_version_updates" USING btree ("_order");
  CREATE INDEX "_actions_v_version_updates_parent_id_idx" ON "_actions_v_version_updates" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_actions_v_version_updates_locales_locale_parent_id_unique" ON "_actions_v_version_updates_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_actions_v_parent_idx" ON "_actions_v" USING btree ("parent_id");
  CREATE INDEX "_actions_v_version_version_slug_idx" ON "_actions_v" USING btree ("version_slug");
  CREATE INDEX "_actions_v_version_version_updated_at_idx" ON "_actions_v" USING btree ("version_updated_at");
  CREATE INDEX "_actions_v_version_version_created_at_idx" ON "_actions_v" USING btree ("version_created_at");
  CREATE INDEX "_actions_v_version_version__status_idx" ON "_actions_v" USING btree ("version__status");
  CREATE INDEX "_actions_v_created_at_idx" ON "_actions_v" USING btree ("created_at");
  CREATE INDEX "_actions_v_updated_at_idx" ON "_actions_v" USING btree ("updated_at");
  CREATE INDEX "_actions_v_snapshot_idx" ON "_actions_v" USING btree ("snapshot");
  CREATE INDEX "_actions_v_published_locale_idx" ON "_actions_v" USING btree ("published_locale");
  CREATE INDEX "_actions_v_latest_idx" ON "_actions_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_actions_v_locales_locale_parent_id_unique" ON "_actions_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_actions_v_rels_order_idx" ON "_actions_v_rels" USING btree ("order");
  CREATE INDEX "_actions_v_rels_parent_idx" ON "_actions_v_rels" USING btree ("parent_id");
  CREATE INDEX "_actions_v_rels_path_idx" ON "_actions_v_rels" USING btree ("path");
  CREATE INDEX "_actions_v_rels_milestone_goals_id_idx" ON "_actions_v_rels" USING btree ("milestone_goals_id");
  CREATE INDEX "_actions_v_rels_organisations_id_idx" ON "_actions_v_rels" USING btree ("organisations_id");
  ALTER TABLE "users" ADD CONSTRAINT "users_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_follow_up_rounds_fk" FOREIGN KEY ("follow_up_rounds_id") REFERENCES "public"."follow_up_rounds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_actions_fk" FOREIGN KEY ("actions_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_organisation_idx" ON "users" USING btree ("organisation_id");
  CREATE INDEX "payload_locked_documents_rels_follow_up_rounds_id_idx" ON "payload_locked_documents_rels" USING btree ("follow_up_rounds_id");
  CREATE INDEX "payload_locked_documents_rels_actions_id_idx" ON "payload_locked_documents_rels" USING btree ("actions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "follow_up_rounds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "actions_updates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "actions_updates_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "actions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "actions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "actions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_actions_v_version_updates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_actions_v_version_updates_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_actions_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_actions_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_actions_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "follow_up_rounds" CASCADE;
  DROP TABLE "actions_updates" CASCADE;
  DROP TABLE "actions_updates_locales" CASCADE;
  DROP TABLE "actions" CASCADE;
  DROP TABLE "actions_locales" CASCADE;
  DROP TABLE "actions_rels" CASCADE;
  DROP TABLE "_actions_v_version_updates" CASCADE;
  DROP TABLE "_actions_v_version_updates_locales" CASCADE;
  DROP TABLE "_actions_v" CASCADE;
  DROP TABLE "_actions_v_locales" CASCADE;
  DROP TABLE "_actions_v_rels" CASCADE;
  ALTER TABLE "users" DROP CONSTRAINT "users_organisation_id_organisations_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_follow_up_rounds_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_actions_fk";
  
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE text;
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'communicator'::text;
  DROP TYPE "public"."enum_users_role";
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'strategist', 'communicator');
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'communicator'::"public"."enum_users_role";
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE "public"."enum_users_role" USING "role"::"public"."enum_users_role";
  DROP INDEX "users_organisation_idx";
  DROP INDEX "payload_locked_documents_rels_follow_up_rounds_id_idx";
  DROP INDEX "payload_locked_documents_rels_actions_id_idx";
  ALTER TABLE "follow_ups" DROP COLUMN "review";
  ALTER TABLE "follow_ups" DROP COLUMN "review_comment";
  ALTER TABLE "_follow_ups_v" DROP COLUMN "version_review";
  ALTER TABLE "_follow_ups_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "users" DROP COLUMN "organisation_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "follow_up_rounds_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "actions_id";
  DROP TYPE "public"."enum_follow_up_rounds_round_state";
  DROP TYPE "public"."enum_follow_ups_review_state";
  DROP TYPE "public"."enum__follow_ups_v_version_review_state";
  DROP TYPE "public"."enum_actions_action_state";
  DROP TYPE "public"."enum_actions_status";
  DROP TYPE "public"."enum__actions_v_version_action_state";
  DROP TYPE "public"."enum__actions_v_version_status";
  DROP TYPE "public"."enum__actions_v_published_locale";`)
}
