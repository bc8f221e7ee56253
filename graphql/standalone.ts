/** The follow-up API on its own, without Next: `PORT=4000 npx tsx graphql/standalone.ts`. */
import config from '@payload-config'
import { getPayload } from 'payload'

import { createGraphQLHandler } from './http'
import { listen } from './node-http'

const { url } = await listen(createGraphQLHandler(await getPayload({ config })), Number(process.env.PORT ?? 4000), process.env.HOST ?? '127.0.0.1')
console.log(`GraphQL API at ${url}`)
