/** The follow-up API on its own, without Next: `PORT=4000 node scripts/run-ts.mjs graphql/standalone.ts`. */
import config from '@payload-config'
import { getPayload } from 'payload'

import { reportLoaded } from '../src/server/loaded'
import { createGraphQLHandler } from './http'
import { listen } from './node-http'

const payload = await getPayload({ config })
reportLoaded()
const { url } = await listen(createGraphQLHandler(payload), Number(process.env.PORT ?? 4000), process.env.HOST ?? '127.0.0.1')
console.log(`GraphQL API at ${url}`)
