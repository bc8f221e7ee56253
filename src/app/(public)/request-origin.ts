type HeaderReader = { get(name: string): string | null }

/**
 * The origin a request came to, from its Host header and the scheme a proxy in front reports
 * (X-Forwarded-Proto, the first one when proxies are chained); plain http otherwise. Only for
 * links in what the site serves: the API itself is read at a fixed address (api-client/client.ts).
 */
export function originOf(requestHeaders: HeaderReader): string {
  const host = requestHeaders.get('host')
  if (!host) throw new Error('The request has no Host header.')
  const scheme = requestHeaders.get('x-forwarded-proto')?.split(',')[0].trim() === 'https' ? 'https' : 'http'
  return new URL(`${scheme}://${host}`).origin
}
