import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

import { seriesOfMeasurements } from '../../collections/Indicators/series'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`indicators\` ADD \`series\` text;`)
  // Indicators written before the read model existed get it from their measurements.
  const { docs } = await payload.find({ collection: 'indicators', locale: 'all', pagination: false, depth: 0, req, overrideAccess: true })
  for (const indicator of docs) {
    const series = seriesOfMeasurements(indicator.measurements ?? [], 'all')
    await payload.db.updateOne({ collection: 'indicators', id: indicator.id, data: { series }, req })
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`indicators\` DROP COLUMN \`series\`;`)
}
