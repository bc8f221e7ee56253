import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { fillDerivedFields } from '../../collections/derived/fill'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`milestone_goals_locales\` ADD \`label\` text;`)
  await fillDerivedFields(payload, { names: ['milestone-goals.label'], onlyMissing: true, req })
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`milestone_goals_locales\` DROP COLUMN \`label\`;`)
}
