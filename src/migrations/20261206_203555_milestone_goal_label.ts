import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { fillMissingLabels } from '../../collections/MilestoneGoals/label'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`milestone_goals_locales\` ADD \`label\` text;`)
  await fillMissingLabels(payload, req)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`milestone_goals_locales\` DROP COLUMN \`label\`;`)
}
