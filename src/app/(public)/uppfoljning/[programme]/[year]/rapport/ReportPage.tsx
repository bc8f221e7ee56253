import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { LanguageSwitch } from '@/src/app/(public)/components/LanguageSwitch'
import type { Lang } from '@/src/app/(public)/lang'
import { type LanguagePaths, pageMetadata } from '@/src/app/(public)/languages'
import { followUpPath, followUpReportPath } from '@/src/app/(public)/paths'
import { SITE_TEXTS } from '@/src/app/(public)/site-texts'
import { FocusAreaSection } from '../FocusAreaSection'
import { FollowUpHeading } from '../FollowUpHeading'
import { FollowUpTotals } from '../FollowUpTotals'
import styles from '../follow-up.module.css'
import { type FollowUpPageProps, followUpOfPage } from '../follow-up-query'
import { FOLLOW_UP_TEXTS } from '../follow-up-texts'
import { FocusAreaStatusTable } from './FocusAreaStatusTable'
import { ReportContents } from './ReportContents'
import printStyles from './report.module.css'

const reportPaths = (programme: string, year: number): LanguagePaths => ({
  sv: followUpReportPath(programme, year, 'print', 'sv'),
  en: followUpReportPath(programme, year, 'print', 'en'),
})

export async function reportMetadata(props: FollowUpPageProps, lang: Lang): Promise<Metadata> {
  const followUp = await followUpOfPage(props, lang)
  if (!followUp) return { title: SITE_TEXTS[lang].notFoundTitle }
  const { programme, report } = followUp
  return pageMetadata(
    `${FOLLOW_UP_TEXTS[lang].reportTitle} ${report.year} – ${programme.title}`,
    reportPaths(programme.slug, report.year),
    lang,
  )
}

/**
 * The year's follow-up as the council's report, laid out for print (A4): contents, totals, and each
 * focus area from a new page with every goal, its commentary, actions, and indicators as charts and values.
 */
export async function ReportPage({ lang, ...props }: FollowUpPageProps & { lang: Lang }) {
  const followUp = await followUpOfPage(props, lang)
  if (!followUp) notFound()
  const { programme, report } = followUp
  const texts = FOLLOW_UP_TEXTS[lang]

  return (
    <>
      <LanguageSwitch lang={lang} paths={reportPaths(programme.slug, report.year)} />
      <FollowUpHeading year={report.year} programme={programme.title} lang={lang} />
      <p className={printStyles.screenOnly}>
        {texts.reportIntro} <a href={followUpReportPath(programme.slug, report.year, 'pdf', lang)}>{texts.downloadPdf}</a> ·{' '}
        <a href={followUpPath(programme.slug, report.year, lang)}>{texts.backToFollowUp}</a>
      </p>
      <ReportContents focusAreas={report.focusAreas} lang={lang} />

      <section aria-labelledby="sammanfattning" className={styles.section}>
        <h2 id="sammanfattning">{texts.summary}</h2>
        <FollowUpTotals {...report} lang={lang} />
        <FocusAreaStatusTable report={report} lang={lang} />
      </section>

      {report.focusAreas.map((area) => (
        <FocusAreaSection
          key={area.focusArea.slug}
          area={area}
          programme={programme.slug}
          year={report.year}
          className={printStyles.focusArea}
          valueTables
          lang={lang}
        />
      ))}
    </>
  )
}
