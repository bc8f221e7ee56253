import { StatusLabel } from '@/src/app/(public)/components/StatusLabel'
import type { EmbeddedGoal } from './embed-queries'
import { IndicatorFigure } from './IndicatorFigure'
import type { EmbedLanguage, EmbedTexts } from './texts'

/** A milestone goal: its code and text, its latest published status, and its indicators' charts. */
export function GoalEmbed({ goal, language, texts }: { goal: EmbeddedGoal['goal']; language: EmbedLanguage; texts: EmbedTexts }) {
  const latest = goal.assessments.at(-1)
  return (
    <>
      <h1>
        <span className="code">{goal.code}</span> {goal.text}
      </h1>
      <p>
        {texts.targetYear}: {goal.targetYear}
      </p>
      <p>
        {latest ? (
          <>
            {texts.latestStatus(latest.year)} <StatusLabel status={latest.status} lang={language} />
          </>
        ) : (
          texts.notYetAssessed
        )}
      </p>
      {goal.indicators.length > 0 && (
        <>
          <h2>{texts.indicators}</h2>
          <ul className="indicators">
            {goal.indicators.map((indicator) => (
              <li key={indicator.id}>
                <IndicatorFigure indicator={indicator} language={language} texts={texts} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}
