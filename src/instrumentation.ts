/**
 * Starts Payload with the server rather than on the first request, so that an empty development
 * database is seeded and scheduled publishing runs from the moment `npm run dev` or `npm start` is up;
 * then has `npm start` answer /graphql beside Next's router (src/server/direct-routes.ts), and with
 * BENCH=1 the benchmark's static response too, so that it stays the ceiling of the API's path.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { graphqlHandler } = await import('./server/graphql-service')
  const { serveBesideNext } = await import('./server/direct-routes')
  const { benchEnabled, benchProbe } = await import('./server/bench-probe')
  serveBesideNext('/graphql', await graphqlHandler())
  if (benchEnabled()) serveBesideNext('/bench/static', benchProbe)
}
