import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Follow-ups published before rounds existed were reviewed by the strategists who published them:
 * their review is `approved`, not the `draft` the new column defaulted to. So are their published
 * versions. Drafts stay drafts. No schema change.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`UPDATE \`follow_ups\` SET \`review\` = 'approved' WHERE \`_status\` = 'published' AND \`review\` = 'draft';`)
  await db.run(
    sql`UPDATE \`_follow_ups_v\` SET \`version_review\` = 'approved' WHERE \`version__status\` = 'published' AND \`version_review\` = 'draft';`,
  )
}

export async function down(_: MigrateDownArgs): Promise<void> {
  // The column the previous migration added is dropped by its own down; `approved` is a valid value until then.
}
