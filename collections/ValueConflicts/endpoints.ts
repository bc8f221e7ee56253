import { APIError, addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { resolveConflict } from '../../src/values/kolada/conflicts'
import { syncKolada } from '../../src/values/kolada/sync'
import { requireStrategist } from '../access'

async function bodyOf(req: PayloadRequest): Promise<Record<string, unknown>> {
  await addDataAndFileToRequest(req)
  return req.data && typeof req.data === 'object' ? (req.data as Record<string, unknown>) : {}
}

/**
 * POST /api/indicators/kolada-sync, body `{ "indicator": id }` or none for every linked indicator:
 * reads Kolada now and answers what the sync did; 502 when Kolada could not be read for any of them.
 */
export const koladaSyncEndpoint: Endpoint = {
  path: '/kolada-sync',
  method: 'post',
  handler: async (req) => {
    requireStrategist(req, 'hämta värden från Kolada')
    const { indicator } = await bodyOf(req)
    if (indicator !== undefined && typeof indicator !== 'string' && typeof indicator !== 'number') {
      throw new APIError('"indicator" ska vara en indikators id.', 400, null, true)
    }
    const { read, ...answer } = await syncKolada(req, { indicator: indicator === undefined ? undefined : String(indicator) })
    const unreachable = read === 0 && answer.errors.some((error) => error.kpi)
    if (!unreachable) return Response.json(answer)
    return Response.json({ ...answer, message: 'Kolada gick inte att läsa: inga värden hämtades.' }, { status: 502 })
  },
}

/** POST /api/value-conflicts/:id/resolve, body `{ "keep": "stored" | "kolada" }`: a strategist's decision. */
export const conflictEndpoints: Endpoint[] = [
  {
    path: '/:id/resolve',
    method: 'post',
    handler: async (req) => {
      requireStrategist(req, 'avgöra en värdekonflikt')
      const { keep } = await bodyOf(req)
      if (keep !== 'stored' && keep !== 'kolada') throw new APIError('"keep" ska vara "stored" eller "kolada".', 400, null, true)
      return Response.json(await resolveConflict(req, String(req.routeParams?.id), keep))
    },
  },
]
