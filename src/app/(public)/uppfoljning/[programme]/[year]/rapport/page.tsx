import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { followUpPath, followUpReportPath } from '@/src/app/(public)/paths'
import { FocusAreaSection } from '../FocusAreaSection'
import { FollowUpHeading } from '../FollowUpHeading'
import { FollowUpTotals } from '../FollowUpTotals'
import styles from '../follow-up.module.css'
import { type FollowUpPageProps, followUpOfPage } from '../follow-up-query'
import { FocusAreaStatusTable } from './FocusAreaStatusTable'
import { ReportContents } from './ReportContents'
import printStyles from './report.module.css'

export async function generateMetadata(props: FollowUpPageProps): Promise<Metadata> {
  const followUp = await followUpOfPage(props)
  return {
    title: followUp ? `Rapport: uppföljning ${followUp.report.year} – ${followUp.programme.title}` : 'Sidan finns inte',
  }
}

/**
 * The year's follow-up as the council's report, laid out for print (A4): contents, totals, and each
 * focus area from a new page with every goal, its commentary, actions, and indicators as charts and values.
 */
export default async function FollowUpReportPage(props: FollowUpPageProps) {
  const followUp = await followUpOfPage(props)
  if (!followUp) notFound()
  const { programme, report } = followUp

  return (
    <>
      <FollowUpHeading year={report.year} programme={programme.title} />
      <p className={printStyles.screenOnly}>
        Rapporten till kommunfullmäktige, för utskrift.{' '}
        <a href={followUpReportPath(programme.slug, report.year, 'pdf')}>Ladda ner som PDF</a> ·{' '}
        <a href={followUpPath(programme.slug, report.year)}>Tillbaka till uppföljningen</a>
      </p>
      <ReportContents focusAreas={report.focusAreas} />

      <section aria-labelledby="sammanfattning" className={styles.section}>
        <h2 id="sammanfattning">Sammanfattning</h2>
        <FollowUpTotals {...report} />
        <FocusAreaStatusTable report={report} />
      </section>

      {report.focusAreas.map((area) => (
        <FocusAreaSection
          key={area.focusArea.slug}
          area={area}
          programme={programme.slug}
          year={report.year}
          className={printStyles.focusArea}
          valueTables
        />
      ))}
    </>
  )
}
