import { queryApi } from '../../../api-client/client'
import type { NewsFeedQuery, NewsFeedQueryVariables } from '../../../api-client/operations'
import { newsItemPath, newsListPath } from '../../paths'
import type { AtomEntry, AtomFeed } from './atom'

export const FEED_SIZE = 20

const NEWS_FEED = /* GraphQL */ `
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

function entry(siteUrl: string, item: FeedNewsItem): AtomEntry {
  return {
    id: entryId(siteUrl, item),
    title: item.title,
    updated: item.updatedAt,
    published: item.publishedAt,
    url: new URL(newsItemPath(item.slug), siteUrl).toString(),
    summary: item.lead,
    contentHtml: item.body,
    author: item.contact && { name: item.contact.name, email: item.contact.email },
  }
}

/** The news feed of the site at siteUrl (its origin, e.g. https://uppfoljning.haninge.se). */
export function newsFeed(siteUrl: string, news: FeedNewsItem[], now: Date): AtomFeed {
  const pageUrl = new URL(newsListPath({}), siteUrl).toString()
  return {
    id: pageUrl,
    title: 'Nyheter – KMPP uppföljning',
    subtitle: 'Nyheter om Haninge kommuns klimat- och miljöpolitiska program och uppföljningen av det.',
    selfUrl: new URL('/nyheter/feed.xml', siteUrl).toString(),
    pageUrl,
    author: { name: 'Haninge kommun', uri: siteUrl },
    language: 'sv',
    entries: news.map((item) => entry(siteUrl, item)),
    updatedWhenEmpty: now.toISOString(),
  }
}
