import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { fillDerivedFields } from '../../collections/derived/fill'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`follow_ups\` ADD \`commentary_rendered\` text;`)
  await db.run(sql`ALTER TABLE \`_follow_ups_v\` ADD \`version_commentary_rendered\` text;`)
  await fillDerivedFields(payload, { names: ['follow-ups.commentaryRendered'], onlyMissing: true, req })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`follow_ups\` DROP COLUMN \`commentary_rendered\`;`)
  await db.run(sql`ALTER TABLE \`_follow_ups_v\` DROP COLUMN \`version_commentary_rendered\`;`)
}
