import type { Lang } from '../../lang'
import { followUpPath } from '../../paths'
import { NEWS_TEXTS } from '../news-texts'
import type { PublicNewsItem } from './news-item-query'

type Props = { programme: PublicNewsItem['programme']; followUpYear: number | null; lang: Lang }

/** A link to the follow-up of the year the news item is about, once that year's follow-up is published. */
export function FollowUpLink({ programme, followUpYear, lang }: Props) {
  if (!programme || followUpYear === null || !programme.years.includes(followUpYear)) return null
  return (
    <p>
      <a href={followUpPath(programme.slug, followUpYear, lang)}>{NEWS_TEXTS[lang].readFollowUp(followUpYear)}</a>
    </p>
  )
}
