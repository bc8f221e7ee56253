import { followUpPath } from '../../paths'
import type { PublicNewsItem } from './news-item-query'

type Props = { programme: PublicNewsItem['programme']; followUpYear: number | null }

/** A link to the follow-up of the year the news item is about, once that year's follow-up is published. */
export function FollowUpLink({ programme, followUpYear }: Props) {
  if (!programme || followUpYear === null || !programme.years.includes(followUpYear)) return null
  return (
    <p>
      <a href={followUpPath(programme.slug, followUpYear)}>{`Läs hela uppföljningen ${followUpYear}`}</a>
    </p>
  )
}
