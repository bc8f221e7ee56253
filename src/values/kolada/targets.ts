import type { PayloadRequest, Where } from 'payload'

import { idOf, idsOf } from '../../shared/ids'

/** An indicator to read from Kolada: its KPI, for the municipality of its programme. */
export type KoladaTarget = { indicator: string; name: string; kpi: string; municipality: string }

/** An indicator that cannot be read, and why (in Swedish, for the strategist). */
export type TargetProblem = { indicator: string; kpi: string | null; message: string }

const read = { depth: 0, pagination: false, overrideAccess: true } as const

/**
 * The indicators with a Kolada KPI (all of them, or the one given) that belong, through their
 * milestone goals, to a programme with a municipality code; one of them in programmes of different
 * municipalities is a problem, as is the one asked for when it cannot be read.
 */
export async function koladaTargets(req: PayloadRequest, only?: string): Promise<{ targets: KoladaTarget[]; problems: TargetProblem[] }> {
  const indicatorWhere: Where = only ? { id: { equals: only } } : { koladaKpi: { exists: true } }
  const { docs: indicators } = await req.payload.find({
    ...read,
    collection: 'indicators',
    where: indicatorWhere,
    select: { name: true, koladaKpi: true },
    req,
  })
  const withKpi = indicators.filter((indicator) => indicator.koladaKpi)
  if (withKpi.length === 0) {
    const message = indicators.length === 0 ? 'Indikatorn finns inte.' : 'Indikatorn har inget nyckeltal i Kolada.'
    return { targets: [], problems: only ? [{ indicator: only, kpi: null, message }] : [] }
  }
  const { docs: goals } = await req.payload.find({
    ...read,
    collection: 'milestone-goals',
    where: { indicators: { in: withKpi.map((indicator) => indicator.id) } },
    select: { programme: true, indicators: true },
    req,
  })
  const { docs: programmes } = await req.payload.find({
    ...read,
    collection: 'programmes',
    where: { municipalityCode: { exists: true } },
    select: { municipalityCode: true },
    req,
  })
  const codeOf = new Map(
    programmes.flatMap((programme) => (programme.municipalityCode ? [[String(programme.id), programme.municipalityCode]] : [])),
  )
  const targets: KoladaTarget[] = []
  const problems: TargetProblem[] = []
  for (const indicator of withKpi) {
    const id = String(indicator.id)
    const codes = new Set(
      goals.filter((goal) => idsOf(goal.indicators).includes(id)).flatMap((goal) => codeOf.get(idOf(goal.programme) ?? '') ?? []),
    )
    const kpi = indicator.koladaKpi as string
    if (codes.size === 1) targets.push({ indicator: id, name: indicator.name, kpi, municipality: [...codes][0] })
    else if (codes.size > 1) {
      problems.push({ indicator: id, kpi, message: `Indikatorn hör till program med olika kommunkoder (${[...codes].sort().join(', ')}).` })
    } else if (only) {
      problems.push({ indicator: id, kpi, message: 'Indikatorn hör inte till något program med kommunkod.' })
    }
  }
  return { targets, problems }
}
