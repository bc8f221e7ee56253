import { cache } from 'react'

import { nullWhenRefused, queryApi } from '@/src/app/api-client/client'
import type { PublicNewsItemQuery, PublicNewsItemQueryVariables } from '@/src/app/api-client/operations'

export const PUBLIC_NEWS_ITEM = /* GraphQL */ `
  query PublicNewsItem($slug: String!) {
    newsItem(slug: $slug) {
      slug
      title
      lead
      body
      publishedAt
      followUpYear
      programme {
        slug
        years
      }
      heroImage {
        url
        alt
        width
        height
      }
      contact {
        name
        role
        phone
        email
      }
      focusAreas {
        slug
        title
      }
      milestoneGoals {
        id
        code
        text
        focusArea {
          programme {
            slug
            years
          }
        }
      }
    }
  }
`

export type PublicNewsItem = NonNullable<PublicNewsItemQuery['newsItem']>

/** One published news item; null when there is none. Cached per request, for the page and its metadata. */
export const fetchPublicNewsItem = cache(async (slug: string): Promise<PublicNewsItem | null> => {
  const data = await queryApi<PublicNewsItemQuery, PublicNewsItemQueryVariables>(PUBLIC_NEWS_ITEM, { slug }).catch(nullWhenRefused)
  return data?.newsItem ?? null
})
