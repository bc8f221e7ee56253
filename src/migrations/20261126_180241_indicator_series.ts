import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`indicators\` ADD \`series\` text;`)
  // The series is filled by 20261207_061500_series_provenance, which derives every series again. Filling it
  // here read the measurements with the columns of today's content model, which this database does not have yet.
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`indicators\` DROP COLUMN \`series\`;`)
}
