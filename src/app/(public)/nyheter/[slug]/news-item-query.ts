import { cache } from 'react'

import { apiLocale, type Lang } from '@/src/app/(public)/lang'
import { nullWhenRefused, queryApi } from '@/src/app/api-client/client'
import type { PublicNewsItemQuery, PublicNewsItemQueryVariables } from '@/src/app/api-client/operations'

export const PUBLIC_NEWS_ITEM = /* GraphQL */ `
  query PublicNewsItem($slug: String!, $locale: Locale = SV) {
    newsItem(slug: $slug, locale: $locale) {
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

/** One published news item in a language; null when there is none. Cached per request, for the page and its metadata. */
export const fetchPublicNewsItem = cache(async (slug: string, lang: Lang = 'sv'): Promise<PublicNewsItem | null> => {
  const data = await queryApi<PublicNewsItemQuery, PublicNewsItemQueryVariables>(PUBLIC_NEWS_ITEM, {
    slug,
    locale: apiLocale(lang),
  }).catch(nullWhenRefused)
  return data?.newsItem ?? null
})
