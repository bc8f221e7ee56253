import { originOf } from '@/src/app/(public)/request-origin'
import type { EmbedTarget } from './embed-paths'
import { loadEmbed } from './load-embed'
import { renderToStaticMarkup } from './render-static'
import { EMBED_TEXTS, embedLanguage } from './texts'

/**
 * Any site may frame an embed (frame-ancestors *, and no X-Frame-Options); it runs no script,
 * loads nothing but itself, and sets no cookie.
 */
export const EMBED_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors *",
  'cache-control': 'public, max-age=60',
}

const html = (markup: string, status = 200) => new Response(`<!DOCTYPE html>${markup}`, { status, headers: EMBED_HEADERS })

/** The embed page of `target` in the language the request asks for, or a 404 page in it. */
export async function embedResponse(request: Request, target: EmbedTarget | null): Promise<Response> {
  const language = embedLanguage(new URL(request.url).searchParams)
  const embed = target && (await loadEmbed(target, language, originOf(request.headers)))
  if (!embed) {
    const text = EMBED_TEXTS[language].notFound
    return html(
      `<html lang="${language}"><head><meta charset="utf-8"><title>${text}</title></head><body><main><p>${text}</p></main></body></html>`,
      404,
    )
  }
  return html(renderToStaticMarkup(embed.document))
}
