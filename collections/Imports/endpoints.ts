import type { Endpoint } from 'payload'

import { undoImport } from '../../src/values/undo'
import { requireStrategist } from '../access'

/** POST /api/imports/:id/undo: undoes an import while none of its values has changed since (else 409). */
export const undoEndpoint: Endpoint = {
  path: '/:id/undo',
  method: 'post',
  handler: async (req) => {
    requireStrategist(req, 'ångra en import')
    const undone = await undoImport(req, String(req.routeParams?.id))
    return Response.json({ id: undone.id, undoneAt: undone.undoneAt, message: 'Importen är ångrad.' })
  },
}
