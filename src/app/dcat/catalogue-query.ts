import { queryApi } from '../api-client/client'
import type { DcatCatalogueQuery } from '../api-client/operations'
import type { CatalogueProgramme } from './catalogue'

export const DCAT_CATALOGUE = /* GraphQL */ `
  query DcatCatalogue {
    sv: programmes(locale: SV) {
      slug
      title
      description(format: TEXT)
      years
      modifiedAt
      milestoneGoals {
        indicators {
          id
          name
          series {
            year
          }
        }
      }
    }
    en: programmes(locale: EN) {
      slug
      title
      description(format: TEXT)
      milestoneGoals {
        indicators {
          id
          name
        }
      }
    }
  }
`

type WithIndicators<Indicator extends { id: string }> = { milestoneGoals: Array<{ indicators: Indicator[] }> }

/** Every indicator of the programme's goals once, by ID, in the order of the goals. */
const indicatorsOf = <Indicator extends { id: string }>(programme: WithIndicators<Indicator>) =>
  new Map(programme.milestoneGoals.flatMap((goal) => goal.indicators).map((indicator) => [indicator.id, indicator]))

/** Every programme with its Swedish and English texts, as the catalogue describes it. */
export async function fetchCatalogueProgrammes(): Promise<CatalogueProgramme[]> {
  const { sv, en } = await queryApi<DcatCatalogueQuery>(DCAT_CATALOGUE)
  const english = new Map(en.map((programme) => [programme.slug, programme]))
  return sv.map((programme) => {
    const translated = english.get(programme.slug)
    const indicators = [...indicatorsOf(programme).values()]
    const englishNames = translated ? indicatorsOf(translated) : new Map<string, { name: string }>()
    return {
      slug: programme.slug,
      title: { sv: programme.title, en: translated?.title ?? programme.title },
      description: { sv: programme.description, en: translated?.description ?? null },
      years: programme.years,
      modifiedAt: programme.modifiedAt,
      indicators: indicators.map(({ id, name }) => ({ id, name: { sv: name, en: englishNames.get(id)?.name ?? name } })),
      valueYears: indicators.flatMap((indicator) => indicator.series.map((point) => point.year)),
    }
  })
}
