import { followUpPath, goalAnchor, newsItemPath } from '../paths'
import type { SearchHit } from './search-query'

type GoalPlace = { code: string; focusArea: { programme: { slug: string; years: number[] } } }

/** A goal's section in its programme's latest follow-up; null before the programme's first. */
function goalPath(goal: GoalPlace): string | null {
  const { slug, years } = goal.focusArea.programme
  const latest = years.at(-1)
  return latest === undefined ? null : `${followUpPath(slug, latest)}#${goalAnchor(goal.code)}`
}

/** Where a hit is shown: a news item on its page, the rest in their (first) goal's section of the latest follow-up. */
export function hitPath(node: SearchHit['node']): string | null {
  switch (node.__typename) {
    case 'NewsItem':
      return newsItemPath(node.slug)
    case 'MilestoneGoal':
      return goalPath(node)
    default:
      return node.milestoneGoals.map(goalPath).find((path) => path !== null) ?? null
  }
}
