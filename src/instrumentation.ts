/**
 * Starts Payload with the server rather than on the first request, so that an empty development
 * database is seeded and scheduled publishing runs from the moment `npm run dev` or `npm start` is up;
 * then hands the API to the production server (src/server/graphql-service.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { publishGraphQLListener } = await import('./server/graphql-service')
  await publishGraphQLListener()
}
