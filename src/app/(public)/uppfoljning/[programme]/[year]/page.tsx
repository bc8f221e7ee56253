import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { EmbedCode } from '@/src/app/(public)/components/EmbedCode'
import { PublishedDate } from '@/src/app/(public)/components/PublishedDate'
import { YearSwitcher } from '@/src/app/(public)/components/YearSwitcher'
import { actionsExportPath, followUpExportPath, followUpPath, followUpReportPath, newsItemPath } from '@/src/app/(public)/paths'
import { originOf } from '@/src/app/(public)/request-origin'
import { oembedDiscovery } from '@/src/app/embed/oembed'
import { FocusAreaOverview } from './FocusAreaOverview'
import { FocusAreaSection } from './FocusAreaSection'
import { FollowUpHeading } from './FollowUpHeading'
import { FollowUpTotals } from './FollowUpTotals'
import styles from './follow-up.module.css'
import { type FollowUpPageProps, followUpOfPage } from './follow-up-query'

export async function generateMetadata(props: FollowUpPageProps): Promise<Metadata> {
  const followUp = await followUpOfPage(props)
  if (!followUp) return { title: 'Sidan finns inte' }
  const title = `Uppföljning ${followUp.report.year} – ${followUp.programme.title}`
  const origin = originOf(await headers())
  return { title, alternates: oembedDiscovery(followUpPath(followUp.programme.slug, followUp.report.year), origin, title) }
}

/** A programme's follow-up of one year: totals, each focus area's statuses, and every goal with its indicators. */
export default async function FollowUpPage(props: FollowUpPageProps) {
  const followUp = await followUpOfPage(props)
  if (!followUp) notFound()
  const { programme, report } = followUp
  const embed = { origin: originOf(await headers()) }

  return (
    <>
      <FollowUpHeading year={report.year} programme={programme.title} />
      <YearSwitcher programme={programme.slug} years={programme.years} current={report.year} />

      <section aria-labelledby="sammanfattning" className={styles.section}>
        <h2 id="sammanfattning">Sammanfattning</h2>
        <FollowUpTotals {...report} />
        <p>
          Ladda ner uppföljningen som öppna data: <a href={followUpExportPath(programme.slug, report.year, 'csv')}>CSV</a>,{' '}
          <a href={followUpExportPath(programme.slug, report.year, 'json')}>JSON</a>; årets åtgärder:{' '}
          <a href={actionsExportPath(programme.slug, report.year)}>CSV</a>.
        </p>
        <p>
          Rapporten till kommunfullmäktige: <a href={followUpReportPath(programme.slug, report.year, 'print')}>för utskrift</a>,{' '}
          <a href={followUpReportPath(programme.slug, report.year, 'pdf')}>PDF</a>.
        </p>
        <EmbedCode
          origin={embed.origin}
          target={{ kind: 'summary', programme: programme.slug, year: report.year }}
          title={`Uppföljning ${report.year} – ${programme.title}`}
          id="badda-in-sammanfattning"
        />
      </section>

      <section aria-labelledby="per-fokusomrade" className={styles.section}>
        <h2 id="per-fokusomrade">Status per fokusområde</h2>
        <FocusAreaOverview focusAreas={report.focusAreas} />
      </section>

      {report.focusAreas.map((area) => (
        <FocusAreaSection
          key={area.focusArea.slug}
          area={area}
          programme={programme.slug}
          year={report.year}
          className={styles.section}
          embed={embed}
        />
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
