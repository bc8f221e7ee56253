import type { Endpoint, PayloadRequest } from 'payload'

import { publicationPlan, publishRound } from './publish'

const roundIdOf = (req: PayloadRequest) => String(req.routeParams?.id)

/**
 * The round's publication, for the strategists' confirmation in the admin: GET says what publishing
 * would publish and which goals would stay unassessed, POST publishes the year.
 */
export const publicationEndpoints: Endpoint[] = [
  {
    path: '/:id/publication',
    method: 'get',
    handler: async (req) => Response.json(await publicationPlan(req.payload, roundIdOf(req), { req })),
  },
  {
    path: '/:id/publish',
    method: 'post',
    handler: async (req) => Response.json(await publishRound(req.payload, roundIdOf(req), { req })),
  },
]
