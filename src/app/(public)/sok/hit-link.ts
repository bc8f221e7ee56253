import type { Lang } from '../lang'
import { goalPath, newsItemPath } from '../paths'
import type { SearchHit } from './search-query'

type GoalPlace = { code: string; focusArea: { programme: { slug: string } } }

const pageOf = (goal: GoalPlace, lang: Lang) => goalPath(goal.focusArea.programme.slug, goal.code, lang)

/** Where a hit is shown: a news item on its page, a goal on its own, an action or indicator on its first goal's; null without a goal. */
export function hitPath(node: SearchHit['node'], lang: Lang = 'sv'): string | null {
  switch (node.__typename) {
    case 'NewsItem':
      return newsItemPath(node.slug, lang)
    case 'MilestoneGoal':
      return pageOf(node, lang)
    default:
      return node.milestoneGoals[0] ? pageOf(node.milestoneGoals[0], lang) : null
  }
}
