import type { Lang } from '../../lang'
import { followUpPath, goalAnchor } from '../../paths'
import { NEWS_TEXTS } from '../news-texts'
import type { PublicNewsItem } from './news-item-query'

type Goal = PublicNewsItem['milestoneGoals'][number]

/** The goal in the follow-up of the news item's year, else of its programme's latest year; null without follow-ups. */
function goalPath(goal: Goal, followUpYear: number | null, lang: Lang): string | null {
  const { slug, years } = goal.focusArea.programme
  const year = followUpYear !== null && years.includes(followUpYear) ? followUpYear : years.at(-1)
  return year === undefined ? null : `${followUpPath(slug, year, lang)}#${goalAnchor(goal.code)}`
}

/** The milestone goals a news item is about, each linking to its follow-up. */
export function LinkedGoals({ goals, followUpYear, lang }: { goals: Goal[]; followUpYear: number | null; lang: Lang }) {
  if (goals.length === 0) return null
  return (
    <section aria-labelledby="etappmal">
      <h2 id="etappmal">{NEWS_TEXTS[lang].goals}</h2>
      <ul>
        {goals.map((goal) => {
          const path = goalPath(goal, followUpYear, lang)
          const text = `${goal.code} ${goal.text}`
          return <li key={goal.id}>{path ? <a href={path}>{text}</a> : text}</li>
        })}
      </ul>
    </section>
  )
}
