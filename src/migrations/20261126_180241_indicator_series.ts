import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

import { fillMissingSeries } from '../../collections/Indicators/series'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`indicators\` ADD \`series\` text;`)
  await fillMissingSeries(payload, req)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`indicators\` DROP COLUMN \`series\`;`)
}
