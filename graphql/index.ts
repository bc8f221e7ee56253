export { createGraphQLHandler, type GraphQLHandler } from './http'
export { createFollowUpApi, type FollowUpApi } from './server'
