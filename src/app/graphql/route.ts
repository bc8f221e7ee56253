import config from '@payload-config'
import { getPayload } from 'payload'

import { createGraphQLHandler, type GraphQLHandler } from '../../../graphql'

let handler: Promise<GraphQLHandler> | undefined

const graphql = (request: Request) => {
  handler ??= getPayload({ config }).then(createGraphQLHandler)
  return handler.then((handle) => handle(request))
}

export async function GET(request: Request): Promise<Response> {
  return graphql(request)
}

export async function POST(request: Request): Promise<Response> {
  return graphql(request)
}
