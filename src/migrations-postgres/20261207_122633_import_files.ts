import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "import_files" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  ALTER TABLE "imports" ADD COLUMN "file_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "import_files_id" uuid;
  CREATE INDEX "import_files_updated_at_idx" ON "import_files" USING btree ("updated_at");
  CREATE INDEX "import_files_created_at_idx" ON "import_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "import_files_filename_idx" ON "import_files" USING btree ("filename");
  ALTER TABLE "imports" ADD CONSTRAINT "imports_file_id_import_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."import_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_import_files_fk" FOREIGN KEY ("import_files_id") REFERENCES "public"."import_files"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "imports_file_idx" ON "imports" USING btree ("file_id");
  CREATE INDEX "payload_locked_documents_rels_import_files_id_idx" ON "payload_locked_documents_rels" USING btree ("import_files_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "import_files" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "import_files" CASCADE;
  ALTER TABLE "imports" DROP CONSTRAINT "imports_file_id_import_files_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_import_files_fk";
  
  DROP INDEX "imports_file_idx";
  DROP INDEX "payload_locked_documents_rels_import_files_id_idx";
  ALTER TABLE "imports" DROP COLUMN "file_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "import_files_id";`)
}
