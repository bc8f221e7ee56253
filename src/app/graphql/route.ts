import config from '@payload-config'
import { getPayload } from 'payload'

import { createGraphQLHandler, type GraphQLHandler } from '@/graphql'

let handler: Promise<GraphQLHandler> | undefined

const graphql = (request: Request) => {
  handler ??= getPayload({ config }).then(createGraphQLHandler)
  return handler.then((handle) => handle(request))
}

/** Every method goes to the handler, which answers those it does not serve with 405 and a JSON error. */
export { graphql as GET, graphql as HEAD, graphql as POST, graphql as OPTIONS, graphql as PUT, graphql as PATCH, graphql as DELETE }
