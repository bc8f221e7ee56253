import { StatusLabel } from '@/src/app/(public)/components/StatusLabel'
import type { EmbeddedSummary } from './embed-queries'
import type { EmbedLanguage, EmbedTexts } from './texts'

/** A year's follow-up: how many goals were assessed, the share achieved or on track, and the statuses per focus area. */
export function SummaryEmbed({
  summary: { programme, report },
  language,
  texts,
}: {
  summary: EmbeddedSummary
  language: EmbedLanguage
  texts: EmbedTexts
}) {
  const statuses = report.statusCounts.map(({ status }) => status)
  const countOf = (counts: typeof report.statusCounts, status: (typeof statuses)[number]) =>
    counts.find((entry) => entry.status === status)?.count ?? 0
  return (
    <>
      <h1>{texts.summaryTitle(report.year, programme.title)}</h1>
      <dl className="figures">
        <div>
          <dt>{texts.assessed}</dt>
          <dd>{texts.assessedOf(report.assessedCount, report.goalCount)}</dd>
        </div>
        <div>
          <dt>{texts.share}</dt>
          <dd>{texts.shareOf(report.shareAchievedOrOnTrack)}</dd>
        </div>
      </dl>
      <table>
        <caption>{texts.perFocusArea(report.year)}</caption>
        <thead>
          <tr>
            <th scope="col">{texts.focusArea}</th>
            {statuses.map((status) => (
              <th scope="col" key={status}>
                <StatusLabel status={status} lang={language} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.focusAreas.map(({ focusArea, statusCounts }) => (
            <tr key={focusArea.slug}>
              <th scope="row">
                {focusArea.order}. {focusArea.title}
              </th>
              {statuses.map((status) => (
                <td key={status}>{countOf(statusCounts, status)}</td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{texts.total}</th>
            {statuses.map((status) => (
              <td key={status}>{countOf(report.statusCounts, status)}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </>
  )
}
