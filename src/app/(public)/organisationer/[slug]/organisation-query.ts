import { cache } from 'react'

import { apiLocale, type Lang } from '@/src/app/(public)/lang'
import { nullWhenRefused, queryApi } from '@/src/app/api-client/client'
import type { PublicOrganisationQuery, PublicOrganisationQueryVariables } from '@/src/app/api-client/operations'

export const PUBLIC_ORGANISATION = /* GraphQL */ `
  query PublicOrganisation($slug: String!, $locale: Locale = SV) {
    organisation(slug: $slug, locale: $locale) {
      slug
      name
      kind
      milestoneGoals {
        id
        code
        text
        targetYear
        focusArea {
          title
          programme {
            slug
            title
            years
          }
        }
      }
      actions {
        slug
        title
        state
        startYear
        endYear
        description(format: TEXT)
        milestoneGoals {
          id
          code
        }
        updates {
          year
          text
        }
      }
    }
  }
`

export type PublicOrganisation = NonNullable<PublicOrganisationQuery['organisation']>

/**
 * An organisation with the goals and actions it answers for; null when there is none. Cached per
 * request, for the page and its metadata.
 */
export const fetchPublicOrganisation = cache(async (slug: string, lang: Lang = 'sv'): Promise<PublicOrganisation | null> => {
  const data = await queryApi<PublicOrganisationQuery, PublicOrganisationQueryVariables>(PUBLIC_ORGANISATION, {
    slug,
    locale: apiLocale(lang),
  }).catch(nullWhenRefused)
  return data?.organisation ?? null
})
