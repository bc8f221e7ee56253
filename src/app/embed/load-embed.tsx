import type { ReactElement } from 'react'

import { followUpPath, goalAnchor } from '@/src/app/(public)/paths'
import { EmbedDocument } from './EmbedDocument'
import type { EmbedTarget } from './embed-paths'
import { fetchEmbeddedGoal, fetchEmbeddedIndicator, fetchEmbeddedSummary } from './embed-queries'
import { GoalEmbed } from './GoalEmbed'
import { IndicatorFigure, indicatorCaption } from './IndicatorFigure'
import { SummaryEmbed } from './SummaryEmbed'
import { EMBED_TEXTS, type EmbedLanguage } from './texts'

export type LoadedEmbed = { title: string; document: ReactElement }

/** A goal's section in the follow-up of `year`, or the programme's latest follow-up when it has no year yet. */
function goalFollowUpPath(programme: string, code: string, years: number[], year?: number): string {
  const shown = year ?? years.at(-1)
  return shown ? `${followUpPath(programme, shown)}#${goalAnchor(code)}` : `/uppfoljning/${encodeURIComponent(programme)}`
}

/** What an embed shows, read from the API; null when it names nothing published. `origin` makes its link absolute. */
export async function loadEmbed(target: EmbedTarget, language: EmbedLanguage, origin: string): Promise<LoadedEmbed | null> {
  const texts = EMBED_TEXTS[language]
  const page = (title: string, link: { href: string; text: string }, content: ReactElement): LoadedEmbed => ({
    title,
    document: (
      <EmbedDocument language={language} title={title} link={{ ...link, href: new URL(link.href, origin).href }}>
        {content}
      </EmbedDocument>
    ),
  })

  if (target.kind === 'goal') {
    const found = await fetchEmbeddedGoal(target.programme, target.code, language)
    if (!found) return null
    const { programme, goal } = found
    return page(
      `${texts.goalTitle(goal.code)}: ${goal.text}`,
      { href: goalFollowUpPath(programme.slug, goal.code, programme.years, goal.assessments.at(-1)?.year), text: texts.goalLink },
      <GoalEmbed goal={goal} language={language} texts={texts} />,
    )
  }

  if (target.kind === 'indicator') {
    const indicator = await fetchEmbeddedIndicator(target.id, language)
    if (!indicator) return null
    const [goal] = indicator.milestoneGoals
    const programme = goal?.focusArea.programme
    return page(
      indicatorCaption(indicator),
      { href: programme ? goalFollowUpPath(programme.slug, goal.code, programme.years) : '/', text: texts.indicatorLink },
      <>
        <h1>{indicatorCaption(indicator)}</h1>
        <IndicatorFigure indicator={indicator} language={language} texts={texts} captioned={false} />
      </>,
    )
  }

  const summary = await fetchEmbeddedSummary(target.programme, target.year, language)
  if (!summary) return null
  return page(
    texts.summaryTitle(summary.report.year, summary.programme.title),
    { href: followUpPath(summary.programme.slug, summary.report.year), text: texts.summaryLink },
    <SummaryEmbed summary={summary} language={language} texts={texts} />,
  )
}
