import type { Payload } from 'payload'

let sequence = 0

type IndicatorSpec = { kpi?: string; measurements?: Array<{ year: number; value: number }> }

/**
 * A programme with the municipality code (none: null) and one goal whose indicators are made from
 * `indicators`, their values typed in; resolves with the indicators' IDs in the same order.
 */
export async function koladaProgramme(payload: Payload, municipalityCode: string | null, indicators: IndicatorSpec[]): Promise<string[]> {
  const n = `${Date.now().toString(36)}-${++sequence}`
  const write = { overrideAccess: true, depth: 0 } as const
  const programme = await payload.create({
    ...write,
    collection: 'programmes',
    data: { title: `Koladaprogram ${n}`, slug: `kolada-${n}`, adoptedOn: '2017-10-09T00:00:00.000Z', municipalityCode },
  })
  const focusArea = await payload.create({
    ...write,
    collection: 'focus-areas',
    data: { programme: programme.id, kind: 'focus_area', order: 1, title: `Område ${n}`, slug: `kolada-omrade-${n}`, goal: 'Ett mål.' },
  })
  const ids: string[] = []
  for (const [index, spec] of indicators.entries()) {
    const indicator = await payload.create({
      ...write,
      collection: 'indicators',
      data: {
        name: `Indikator ${n}-${index + 1}`,
        unit: 'ton',
        direction: 'decrease',
        koladaKpi: spec.kpi,
        measurements: spec.measurements ?? [],
      },
    })
    ids.push(String(indicator.id))
  }
  await payload.create({
    ...write,
    collection: 'milestone-goals',
    data: { focusArea: focusArea.id, code: '1.1', text: 'Ett etappmål.', targetYear: 2030, indicators: ids },
  })
  return ids
}

/** An indicator's values by year, each with its source. */
export async function storedValues(payload: Payload, id: string) {
  const indicator = await payload.findByID({ collection: 'indicators', id, depth: 0, overrideAccess: true })
  return Object.fromEntries(
    (indicator.measurements ?? []).map((row) => [row.year, { value: row.value, source: row.source, reference: row.reference }]),
  )
}
