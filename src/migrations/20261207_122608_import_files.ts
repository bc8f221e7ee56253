import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`import_files\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`import_files_updated_at_idx\` ON \`import_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`import_files_created_at_idx\` ON \`import_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`import_files_filename_idx\` ON \`import_files\` (\`filename\`);`)
  await db.run(sql`ALTER TABLE \`imports\` ADD \`file_id\` text(36) REFERENCES import_files(id);`)
  await db.run(sql`CREATE INDEX \`imports_file_idx\` ON \`imports\` (\`file_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`import_files_id\` text(36) REFERENCES import_files(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_import_files_id_idx\` ON \`payload_locked_documents_rels\` (\`import_files_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`import_files\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_imports\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`reference\` text NOT NULL,
  	\`recorded_by_id\` text(36),
  	\`added\` numeric NOT NULL,
  	\`changed\` numeric NOT NULL,
  	\`unchanged\` numeric NOT NULL,
  	\`changes\` text NOT NULL,
  	\`undone_at\` text,
  	\`undone_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`recorded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`undone_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_imports\`("id", "kind", "reference", "recorded_by_id", "added", "changed", "unchanged", "changes", "undone_at", "undone_by_id", "updated_at", "created_at") SELECT "id", "kind", "reference", "recorded_by_id", "added", "changed", "unchanged", "changes", "undone_at", "undone_by_id", "updated_at", "created_at" FROM \`imports\`;`)
  await db.run(sql`DROP TABLE \`imports\`;`)
  await db.run(sql`ALTER TABLE \`__new_imports\` RENAME TO \`imports\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`imports_recorded_by_idx\` ON \`imports\` (\`recorded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_undone_by_idx\` ON \`imports\` (\`undone_by_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_updated_at_idx\` ON \`imports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`imports_created_at_idx\` ON \`imports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`programmes_id\` text(36),
  	\`focus_areas_id\` text(36),
  	\`milestone_goals_id\` text(36),
  	\`indicators_id\` text(36),
  	\`follow_up_rounds_id\` text(36),
  	\`follow_ups_id\` text(36),
  	\`actions_id\` text(36),
  	\`organisations_id\` text(36),
  	\`news_id\` text(36),
  	\`contacts_id\` text(36),
  	\`media_id\` text(36),
  	\`imports_id\` text(36),
  	\`value_conflicts_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`programmes_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`focus_areas_id\`) REFERENCES \`focus_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`milestone_goals_id\`) REFERENCES \`milestone_goals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`follow_up_rounds_id\`) REFERENCES \`follow_up_rounds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`follow_ups_id\`) REFERENCES \`follow_ups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`actions_id\`) REFERENCES \`actions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contacts_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`imports_id\`) REFERENCES \`imports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`value_conflicts_id\`) REFERENCES \`value_conflicts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "programmes_id", "focus_areas_id", "milestone_goals_id", "indicators_id", "follow_up_rounds_id", "follow_ups_id", "actions_id", "organisations_id", "news_id", "contacts_id", "media_id", "imports_id", "value_conflicts_id", "users_id") SELECT "id", "order", "parent_id", "path", "programmes_id", "focus_areas_id", "milestone_goals_id", "indicators_id", "follow_up_rounds_id", "follow_ups_id", "actions_id", "organisations_id", "news_id", "contacts_id", "media_id", "imports_id", "value_conflicts_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_programmes_id_idx\` ON \`payload_locked_documents_rels\` (\`programmes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_focus_areas_id_idx\` ON \`payload_locked_documents_rels\` (\`focus_areas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_milestone_goals_id_idx\` ON \`payload_locked_documents_rels\` (\`milestone_goals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_follow_up_rounds_id_idx\` ON \`payload_locked_documents_rels\` (\`follow_up_rounds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_follow_ups_id_idx\` ON \`payload_locked_documents_rels\` (\`follow_ups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_actions_id_idx\` ON \`payload_locked_documents_rels\` (\`actions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contacts_id_idx\` ON \`payload_locked_documents_rels\` (\`contacts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`imports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_value_conflicts_id_idx\` ON \`payload_locked_documents_rels\` (\`value_conflicts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
