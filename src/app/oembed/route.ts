import { originOf } from '@/src/app/(public)/request-origin'
import { catalogueConfig } from '@/src/app/dcat/config'
import { embedTargetOf } from '../embed/embed-paths'
import { loadEmbed } from '../embed/load-embed'
import { embedFrame, frameSize, oembedRich } from '../embed/oembed'

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'access-control-allow-origin': '*' } })

function parsedUrl(value: string | null): URL | null {
  try {
    return value ? new URL(value) : null
  } catch {
    return null
  }
}

/**
 * oEmbed (https://oembed.com) for the site's embeddable pages and embeds: /oembed?url=...&format=json.
 * Only JSON is offered (501 for XML); a URL of another site, or of nothing embeddable, is 404.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const format = params.get('format') ?? 'json'
  if (format !== 'json') return text('Only format=json is supported.', 501)
  const url = parsedUrl(params.get('url'))
  if (!url) return text('The url parameter must be an absolute URL.', 400)
  const origin = originOf(request.headers)
  // The scheme may differ behind a proxy; the host tells whether the page is ours.
  const found = url.host === new URL(origin).host ? embedTargetOf(url) : null
  const embed = found && (await loadEmbed(found.target, found.language, origin))
  if (!found || !embed) return text('Not found: no embed for this URL.', 404)
  const frame = embedFrame(
    origin,
    found.target,
    found.language,
    embed.title,
    frameSize(found.target.kind, {
      maxwidth: params.get('maxwidth'),
      maxheight: params.get('maxheight'),
    }),
  )
  const provider = { name: catalogueConfig().publisherName, url: `${origin}/` }
  return Response.json(oembedRich(frame, provider), { headers: { 'access-control-allow-origin': '*' } })
}
