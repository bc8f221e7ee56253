import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PublishedDate } from '@/src/app/(public)/components/PublishedDate'
import { YearSwitcher } from '@/src/app/(public)/components/YearSwitcher'
import { actionsExportPath, followUpExportPath, newsItemPath } from '@/src/app/(public)/paths'
import { FocusAreaOverview, focusAreaAnchor } from './FocusAreaOverview'
import { FollowUpTotals } from './FollowUpTotals'
import styles from './follow-up.module.css'
import { fetchPublicFollowUp } from './follow-up-query'
import { GoalFollowUp } from './GoalFollowUp'

type Props = { params: Promise<{ programme: string; year: string }> }

async function loadFollowUp({ params }: Props) {
  const { programme, year } = await params
  return fetchPublicFollowUp(programme, year)
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const followUp = await loadFollowUp(props)
  return { title: followUp ? `Uppföljning ${followUp.report.year} – ${followUp.programme.title}` : 'Sidan finns inte' }
}

/** A programme's follow-up of one year: totals, each focus area's statuses, and every goal with its indicators. */
export default async function FollowUpPage(props: Props) {
  const followUp = await loadFollowUp(props)
  if (!followUp) notFound()
  const { programme, report } = followUp

  return (
    <>
      <h1>
        Uppföljning {report.year}
        <span className={styles.programme}>{programme.title}</span>
      </h1>
      <YearSwitcher programme={programme.slug} years={programme.years} current={report.year} />

      <section aria-labelledby="sammanfattning" className={styles.section}>
        <h2 id="sammanfattning">Sammanfattning</h2>
        <FollowUpTotals {...report} />
        <p>
          Ladda ner uppföljningen som öppna data: <a href={followUpExportPath(programme.slug, report.year, 'csv')}>CSV</a>,{' '}
          <a href={followUpExportPath(programme.slug, report.year, 'json')}>JSON</a>; årets åtgärder:{' '}
          <a href={actionsExportPath(programme.slug, report.year)}>CSV</a>.
        </p>
      </section>

      <section aria-labelledby="per-fokusomrade" className={styles.section}>
        <h2 id="per-fokusomrade">Status per fokusområde</h2>
        <FocusAreaOverview focusAreas={report.focusAreas} />
      </section>

      {report.focusAreas.map(({ focusArea, goals }) => (
        <section key={focusArea.slug} aria-labelledby={focusAreaAnchor(focusArea.slug)} className={styles.section}>
          <h2 id={focusAreaAnchor(focusArea.slug)}>
            {focusArea.order}. {focusArea.title}
          </h2>
          <p className={styles.focusAreaGoal}>
            <strong>Mål:</strong> {focusArea.goal}
          </p>
          {goals.map((goal) => (
            <GoalFollowUp key={goal.milestoneGoal.id} goal={goal} year={report.year} />
          ))}
        </section>
      ))}

      {report.news.length > 0 && (
        <section aria-labelledby="nyheter-om-uppfoljningen" className={styles.section}>
          <h2 id="nyheter-om-uppfoljningen">Nyheter om uppföljningen</h2>
          <ul>
            {report.news.map((item) => (
              <li key={item.slug}>
                <a href={newsItemPath(item.slug)}>{item.title}</a>
                {item.publishedAt && (
                  <>
                    {' '}
                    (<PublishedDate iso={item.publishedAt} />)
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
