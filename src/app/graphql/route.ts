import { graphqlHandler } from '../../server/graphql-service'

const graphql = async (request: Request) => (await graphqlHandler())(request)

/** Every method goes to the handler, which answers those it does not serve with 405 and a JSON error. */
export { graphql as GET, graphql as POST, graphql as OPTIONS, graphql as PUT, graphql as PATCH, graphql as DELETE }
