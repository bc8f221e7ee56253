/**
 * Starts Payload with the server rather than on the first request, so that an empty development
 * database is seeded and scheduled publishing runs from the moment `npm run dev` or `npm start` is up.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  await getPayload({ config })
}
