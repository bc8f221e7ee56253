import { queryApi } from '@/src/app/api-client/client'
import type { NewsFeedQuery, NewsFeedQueryVariables } from '@/src/app/api-client/operations'
import { newsItemPath, newsListPath } from '../../paths'
import type { Entry, Feed } from './atom'

export const FEED_SIZE = 20

export const NEWS_FEED = /* GraphQL */ `
  query NewsFeed($first: Int!) {
    news(first: $first) {
      edges {
        node {
          id
          slug
          title
          lead
          body
          publishedAt
          updatedAt
          contact {
            name
            email
          }
        }
      }
    }
  }
`

export type FeedNewsItem = NewsFeedQuery['news']['edges'][number]['node']

/** The latest published news, newest first. */
export async function fetchFeedNews(): Promise<FeedNewsItem[]> {
  const data = await queryApi<NewsFeedQuery, NewsFeedQueryVariables>(NEWS_FEED, { first: FEED_SIZE })
  return data.news.edges.map((edge) => edge.node)
}

/**
 * A tag URI (RFC 4151) from the item's ID and publication day: it stays the same when the
 * item's slug, and so its address, changes.
 */
function entryId(siteUrl: string, item: FeedNewsItem): string {
  const day = (item.publishedAt ?? item.updatedAt).slice(0, 10)
  return `tag:${new URL(siteUrl).hostname},${day}:nyheter/${item.id}`
}

const text = (value: string) => ({ value, type: 'text' })

function entry(siteUrl: string, item: FeedNewsItem): Entry {
  return {
    id: entryId(siteUrl, item),
    title: text(item.title),
    updated: item.updatedAt,
    published: item.publishedAt ?? undefined,
    links: [{ rel: 'alternate', type: 'text/html', href: new URL(newsItemPath(item.slug), siteUrl).toString() }],
    summary: item.lead ? text(item.lead) : undefined,
    content: item.body ? { value: item.body, type: 'html' } : undefined,
    // Without one the entry has the feed's author.
    authors: item.contact ? [{ name: item.contact.name, email: item.contact.email ?? undefined }] : undefined,
  }
}

const latest = (dates: string[]) => dates.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a))

/**
 * The news feed of the site at siteUrl (its origin, e.g. https://uppfoljning.haninge.se): updated
 * when its latest entry was, or now when it has none.
 */
export function newsFeed(siteUrl: string, news: FeedNewsItem[], now: Date): Feed {
  const pageUrl = new URL(newsListPath({}), siteUrl).toString()
  const entries = news.map((item) => entry(siteUrl, item))
  return {
    id: pageUrl,
    title: text('Nyheter – KMPP uppföljning'),
    subtitle: text('Nyheter om Haninge kommuns klimat- och miljöpolitiska program och uppföljningen av det.'),
    updated: news.length ? latest(news.map((item) => item.updatedAt)) : now.toISOString(),
    links: [
      { rel: 'self', type: 'application/atom+xml', href: new URL('/nyheter/feed.xml', siteUrl).toString() },
      { rel: 'alternate', type: 'text/html', href: pageUrl },
    ],
    authors: [{ name: 'Haninge kommun', uri: siteUrl }],
    xml: { lang: 'sv' },
    entries,
  }
}
