import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "programmes_locales_parent_idx" ON "programmes_locales" USING btree ("_parent_id");
  CREATE INDEX "focus_areas_clarifications_locales_parent_idx" ON "focus_areas_clarifications_locales" USING btree ("_parent_id");
  CREATE INDEX "focus_areas_locales_parent_idx" ON "focus_areas_locales" USING btree ("_parent_id");
  CREATE INDEX "milestone_goals_locales_parent_idx" ON "milestone_goals_locales" USING btree ("_parent_id");
  CREATE INDEX "indicators_measurements_locales_parent_idx" ON "indicators_measurements_locales" USING btree ("_parent_id");
  CREATE INDEX "indicators_locales_parent_idx" ON "indicators_locales" USING btree ("_parent_id");
  CREATE INDEX "follow_ups_locales_parent_idx" ON "follow_ups_locales" USING btree ("_parent_id");
  CREATE INDEX "_follow_ups_v_locales_parent_idx" ON "_follow_ups_v_locales" USING btree ("_parent_id");
  CREATE INDEX "actions_updates_locales_parent_idx" ON "actions_updates_locales" USING btree ("_parent_id");
  CREATE INDEX "actions_locales_parent_idx" ON "actions_locales" USING btree ("_parent_id");
  CREATE INDEX "_actions_v_version_updates_locales_parent_idx" ON "_actions_v_version_updates_locales" USING btree ("_parent_id");
  CREATE INDEX "_actions_v_locales_parent_idx" ON "_actions_v_locales" USING btree ("_parent_id");
  CREATE INDEX "organisations_locales_parent_idx" ON "organisations_locales" USING btree ("_parent_id");
  CREATE INDEX "news_locales_parent_idx" ON "news_locales" USING btree ("_parent_id");
  CREATE INDEX "_news_v_locales_parent_idx" ON "_news_v_locales" USING btree ("_parent_id");
  CREATE INDEX "contacts_locales_parent_idx" ON "contacts_locales" USING btree ("_parent_id");
  CREATE INDEX "media_locales_parent_idx" ON "media_locales" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "programmes_locales_parent_idx";
  DROP INDEX "focus_areas_clarifications_locales_parent_idx";
  DROP INDEX "focus_areas_locales_parent_idx";
  DROP INDEX "milestone_goals_locales_parent_idx";
  DROP INDEX "indicators_measurements_locales_parent_idx";
  DROP INDEX "indicators_locales_parent_idx";
  DROP INDEX "follow_ups_locales_parent_idx";
  DROP INDEX "_follow_ups_v_locales_parent_idx";
  DROP INDEX "actions_updates_locales_parent_idx";
  DROP INDEX "actions_locales_parent_idx";
  DROP INDEX "_actions_v_version_updates_locales_parent_idx";
  DROP INDEX "_actions_v_locales_parent_idx";
  DROP INDEX "organisations_locales_parent_idx";
  DROP INDEX "news_locales_parent_idx";
  DROP INDEX "_news_v_locales_parent_idx";
  DROP INDEX "contacts_locales_parent_idx";
  DROP INDEX "media_locales_parent_idx";`)
}
