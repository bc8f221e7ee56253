import { type NextRequest, NextResponse } from 'next/server'

/**
 * The admin is Swedish whatever the browser's language: Payload takes the language from its cookie
 * and, without one, from Accept-Language before its fallback. Admin pages without the cookie are
 * therefore read as Swedish. The admin's own calls to /api send the language it shows, so /api is
 * left alone: API clients keep the language they ask for, and uploads are not held to the limit on
 * the body a proxy may read.
 */
export function proxy(request: NextRequest): NextResponse {
  const headers = new Headers(request.headers)
  headers.set('accept-language', 'sv')
  return NextResponse.next({ request: { headers } })
}

// Next reads the matcher without running the module: literals only. `payload-lng` is the cookie
// Payload keeps the language in that an editor picks in their account settings.
export const config = {
  matcher: [{ source: '/admin/:path*', missing: [{ type: 'cookie', key: 'payload-lng' }] }],
}
