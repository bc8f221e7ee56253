/**
 * The news as frontends see it through our GraphQL API (/graphql): anonymous reads, and the
 * preview a signed-in editor gets with the browser's session cookie.
 */
import type { APIRequestContext } from 'playwright-core'

import { queryApiAt } from '@/src/app/api-client/client'

export const PROGRAMME = 'kmpp-2017'

export type NewsItemView = {
  slug: string
  title: string
  lead: string | null
  body: string | null
  draft: boolean
  publishedAt: string | null
  followUpYear: number | null
  heroImage: { url: string; alt: string } | null
  focusAreas: Array<{ title: string }>
  milestoneGoals: Array<{ code: string }>
}

const NEWS_ITEM = `query NewsItem($slug: String!, $preview: Boolean) {
  newsItem(slug: $slug, preview: $preview) {
    slug title lead body draft publishedAt followUpYear heroImage { url alt } focusAreas { title } milestoneGoals { code }
  }
}`

/** The published item with this slug, as anyone reads it; null when there is none. */
export async function publishedNewsItem(baseUrl: string, slug: string): Promise<NewsItemView | null> {
  const data = await queryApiAt<{ newsItem: NewsItemView | null }, { slug: string }>(`${baseUrl}/graphql`, NEWS_ITEM, { slug })
  return data.newsItem
}

/** The slugs of the newest 100 published items. */
export async function listedNewsSlugs(baseUrl: string): Promise<string[]> {
  const data = await queryApiAt<{ news: { edges: Array<{ node: { slug: string } }> } }>(
    `${baseUrl}/graphql`,
    `{ news(first: 100) { edges { node { slug } } } }`,
  )
  return data.news.edges.map(({ node }) => node.slug)
}

/** The news of the programme's follow-up for `year`. */
export async function followUpNews(baseUrl: string, year: number): Promise<Array<{ slug: string; title: string }>> {
  const data = await queryApiAt<{ followUp: { news: Array<{ slug: string; title: string }> } | null }, { programme: string; year: number }>(
    `${baseUrl}/graphql`,
    `query FollowUpNews($programme: String!, $year: Int!) { followUp(programme: $programme, year: $year) { news { slug title } } }`,
    { programme: PROGRAMME, year },
  )
  if (!data.followUp) throw new Error(`The API has no follow-up of ${PROGRAMME} for ${year}`)
  return data.followUp.news
}

/** The latest draft of the item, previewed with the session of `request`'s browser. */
export async function previewNewsItem(request: APIRequestContext, slug: string): Promise<NewsItemView | null> {
  const response = await request.post('/graphql', { data: { query: NEWS_ITEM, variables: { slug, preview: true } } })
  const body = (await response.json()) as { data?: { newsItem: NewsItemView | null }; errors?: Array<{ message: string }> }
  if (!body.data || body.errors?.length) throw new Error(`Preview failed (${response.status()}): ${JSON.stringify(body.errors)}`)
  return body.data.newsItem
}
