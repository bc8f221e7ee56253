/** The oEmbed answer (https://oembed.com, type "rich") and the iframe code an embed is given by. */
import type { Metadata } from 'next'

import { type EmbedTarget, embedPath } from './embed-paths'
import type { EmbedLanguage } from './texts'

/** A frame's size before the consumer's maxwidth and maxheight: room for each embed's usual content. */
const FRAME_SIZES: Record<EmbedTarget['kind'], { width: number; height: number }> = {
  goal: { width: 640, height: 560 },
  indicator: { width: 420, height: 340 },
  summary: { width: 640, height: 460 },
}

const escapeAttribute = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')

/** The embed's frame size, within the consumer's maxwidth and maxheight (each ignored unless a positive whole number). */
export function frameSize(kind: EmbedTarget['kind'], limits: { maxwidth?: string | null; maxheight?: string | null } = {}) {
  const limit = (value: string | null | undefined, size: number) => {
    const max = value && /^\d+$/.test(value) ? Number(value) : 0
    return max > 0 ? Math.min(size, max) : size
  }
  const { width, height } = FRAME_SIZES[kind]
  return { width: limit(limits.maxwidth, width), height: limit(limits.maxheight, height) }
}

export type Frame = { src: string; title: string; width: number; height: number }

export function embedFrame(
  origin: string,
  target: EmbedTarget,
  language: EmbedLanguage,
  title: string,
  size = frameSize(target.kind),
): Frame {
  return { src: new URL(embedPath(target, language), origin).href, title, ...size }
}

/** The HTML a page embeds with. */
export const iframeCode = ({ src, title, width, height }: Frame) =>
  `<iframe src="${escapeAttribute(src)}" width="${width}" height="${height}" title="${escapeAttribute(title)}" style="border:0;max-width:100%" loading="lazy"></iframe>`

export type OEmbedRich = {
  type: 'rich'
  version: '1.0'
  title: string
  provider_name: string
  provider_url: string
  html: string
  width: number
  height: number
}

export function oembedRich(frame: Frame, provider: { name: string; url: string }): OEmbedRich {
  return {
    type: 'rich',
    version: '1.0',
    title: frame.title,
    provider_name: provider.name,
    provider_url: provider.url,
    html: iframeCode(frame),
    width: frame.width,
    height: frame.height,
  }
}

/** /oembed?url=...&format=json for a page's discovery link. */
export const oembedPath = (url: string) => `/oembed?${new URLSearchParams({ url, format: 'json' })}`

/** A page's metadata with its oEmbed discovery link among its alternates: a consumer given the page's address finds its embed. */
export function withOembedDiscovery(metadata: Metadata, pagePath: string, origin: string, title: string): Metadata {
  const url = new URL(oembedPath(new URL(pagePath, origin).href), origin).href
  const { alternates } = metadata
  return { ...metadata, alternates: { ...alternates, types: { ...alternates?.types, 'application/json+oembed': [{ url, title }] } } }
}
