export { createGraphQLHandler, type GraphQLHandler, type GraphQLHandlerOptions } from './http'
export { listen } from './node-http'
export { createFollowUpApi, type FollowUpApi } from './server'
