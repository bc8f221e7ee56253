import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`follow_up_rounds\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`programme_id\` text(36) NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`deadline\` text NOT NULL,
  	\`state\` text DEFAULT 'open' NOT NULL,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`programme_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`follow_up_rounds_programme_idx\` ON \`follow_up_rounds\` (\`programme_id\`);`)
  await db.run(sql`CREATE INDEX \`follow_up_rounds_year_idx\` ON \`follow_up_rounds\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`follow_up_rounds_updated_at_idx\` ON \`follow_up_rounds\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`follow_up_rounds_created_at_idx\` ON \`follow_up_rounds\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`programme_year_idx\` ON \`follow_up_rounds\` (\`programme_id\`,\`year\`);`)
  await db.run(sql`CREATE TABLE \`actions_updates\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`year\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`actions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`actions_updates_order_idx\` ON \`actions_updates\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`actions_updates_parent_id_idx\` ON \`actions_updates\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`actions_updates_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`actions_updates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`actions_updates_locales_locale_parent_id_unique\` ON \`actions_updates_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`actions_updates_locales_parent_idx\` ON \`actions_updates_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`actions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`state\` text DEFAULT 'planned',
  	\`start_year\` numeric,
  	\`end_year\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`actions_slug_idx\` ON \`actions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`actions_updated_at_idx\` ON \`actions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`actions_created_at_idx\` ON \`actions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`actions__status_idx\` ON \`actions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`actions_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`actions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`actions_locales_locale_parent_id_unique\` ON \`actions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`actions_locales_parent_idx\` ON \`actions_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`actions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`milestone_goals_id\` text(36),
  	\`organisations_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`actions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`milestone_goals_id\`) REFERENCES \`milestone_goals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`actions_rels_order_idx\` ON \`actions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`actions_rels_parent_idx\` ON \`actions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`actions_rels_path_idx\` ON \`actions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`actions_rels_milestone_goals_id_idx\` ON \`actions_rels\` (\`milestone_goals_id\`);`)
  await db.run(sql`CREATE INDEX \`actions_rels_organisations_id_idx\` ON \`actions_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE TABLE \`_actions_v_version_updates\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`year\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_actions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_actions_v_version_updates_order_idx\` ON \`_actions_v_version_updates\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_actions_v_version_updates_parent_id_idx\` ON \`_actions_v_version_updates\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_actions_v_version_updates_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_actions_v_version_updates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_actions_v_version_updates_locales_locale_parent_id_unique\` ON \`_actions_v_version_updates_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_actions_v_version_updates_locales_parent_idx\` ON \`_actions_v_version_updates_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_actions_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_slug\` text,
  	\`version_state\` text DEFAULT 'planned',
  	\`version_start_year\` numeric,
  	\`version_end_year\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`actions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_actions_v_parent_idx\` ON \`_actions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_actions_v_version_version_slug_idx\` ON \`_actions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_actions_v_version_version_updated_at_idx\` ON \`_actions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_actions_v_version_version_created_at_idx\` ON \`_actions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_actions_v_version_version__status_idx\` ON \`_actions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_actions_v_created_at_idx\` ON \`_actions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_actions_v_updated_at_idx\` ON \`_actions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_actions_v_snapshot_idx\` ON \`_actions_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_actions_v_published_locale_idx\` ON \`_actions_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_actions_v_latest_idx\` ON \`_actions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_actions_v_locales\` (
  	\`version_title\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_actions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_actions_v_locales_locale_parent_id_unique\` ON \`_actions_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_actions_v_locales_parent_idx\` ON \`_actions_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_actions_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`milestone_goals_id\` text(36),
  	\`organisations_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_actions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`milestone_goals_id\`) REFERENCES \`milestone_goals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_actions_v_rels_order_idx\` ON \`_actions_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_actions_v_rels_parent_idx\` ON \`_actions_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_actions_v_rels_path_idx\` ON \`_actions_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_actions_v_rels_milestone_goals_id_idx\` ON \`_actions_v_rels\` (\`milestone_goals_id\`);`)
  await db.run(sql`CREATE INDEX \`_actions_v_rels_organisations_id_idx\` ON \`_actions_v_rels\` (\`organisations_id\`);`)
  await db.run(sql`ALTER TABLE \`follow_ups\` ADD \`review\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`follow_ups\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_follow_ups_v\` ADD \`version_review\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_follow_ups_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`organisation_id\` text(36) REFERENCES organisations(id);`)
  await db.run(sql`CREATE INDEX \`users_organisation_idx\` ON \`users\` (\`organisation_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`follow_up_rounds_id\` text(36) REFERENCES follow_up_rounds(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`actions_id\` text(36) REFERENCES actions(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_follow_up_rounds_id_idx\` ON \`payload_locked_documents_rels\` (\`follow_up_rounds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_actions_id_idx\` ON \`payload_locked_documents_rels\` (\`actions_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`follow_up_rounds\`;`)
  await db.run(sql`DROP TABLE \`actions_updates\`;`)
  await db.run(sql`DROP TABLE \`actions_updates_locales\`;`)
  await db.run(sql`DROP TABLE \`actions\`;`)
  await db.run(sql`DROP TABLE \`actions_locales\`;`)
  await db.run(sql`DROP TABLE \`actions_rels\`;`)
  await db.run(sql`DROP TABLE \`_actions_v_version_updates\`;`)
  await db.run(sql`DROP TABLE \`_actions_v_version_updates_locales\`;`)
  await db.run(sql`DROP TABLE \`_actions_v\`;`)
  await db.run(sql`DROP TABLE \`_actions_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_actions_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text DEFAULT 'communicator' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users\`("id", "name", "role", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until") SELECT "id", "name", "role", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`programmes_id\` text(36),
  	\`focus_areas_id\` text(36),
  	\`milestone_goals_id\` text(36),
  	\`indicators_id\` text(36),
  	\`follow_ups_id\` text(36),
  	\`organisations_id\` text(36),
  	\`news_id\` text(36),
  	\`contacts_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`programmes_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`focus_areas_id\`) REFERENCES \`focus_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`milestone_goals_id\`) REFERENCES \`milestone_goals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`follow_ups_id\`) REFERENCES \`follow_ups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contacts_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "programmes_id", "focus_areas_id", "milestone_goals_id", "indicators_id", "follow_ups_id", "organisations_id", "news_id", "contacts_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "programmes_id", "focus_areas_id", "milestone_goals_id", "indicators_id", "follow_ups_id", "organisations_id", "news_id", "contacts_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_programmes_id_idx\` ON \`payload_locked_documents_rels\` (\`programmes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_focus_areas_id_idx\` ON \`payload_locked_documents_rels\` (\`focus_areas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_milestone_goals_id_idx\` ON \`payload_locked_documents_rels\` (\`milestone_goals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_follow_ups_id_idx\` ON \`payload_locked_documents_rels\` (\`follow_ups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contacts_id_idx\` ON \`payload_locked_documents_rels\` (\`contacts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`follow_ups\` DROP COLUMN \`review\`;`)
  await db.run(sql`ALTER TABLE \`follow_ups\` DROP COLUMN \`review_comment\`;`)
  await db.run(sql`ALTER TABLE \`_follow_ups_v\` DROP COLUMN \`version_review\`;`)
  await db.run(sql`ALTER TABLE \`_follow_ups_v\` DROP COLUMN \`version_review_comment\`;`)
}
