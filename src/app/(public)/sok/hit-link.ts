import type { Lang } from '../lang'
import { followUpPath, goalAnchor, newsItemPath } from '../paths'
import type { SearchHit } from './search-query'

type GoalPlace = { code: string; focusArea: { programme: { slug: string; years: number[] } } }

/** A goal's section in its programme's latest follow-up; null before the programme's first. */
function goalPath(goal: GoalPlace, lang: Lang): string | null {
  const { slug, years } = goal.focusArea.programme
  const latest = years.at(-1)
  return latest === undefined ? null : `${followUpPath(slug, latest, lang)}#${goalAnchor(goal.code)}`
}

/** Where a hit is shown: a news item on its page, the rest in their (first) goal's section of the latest follow-up. */
export function hitPath(node: SearchHit['node'], lang: Lang = 'sv'): string | null {
  switch (node.__typename) {
    case 'NewsItem':
      return newsItemPath(node.slug, lang)
    case 'MilestoneGoal':
      return goalPath(node, lang)
    default:
      return node.milestoneGoals.map((goal) => goalPath(goal, lang)).find((path) => path !== null) ?? null
  }
}
