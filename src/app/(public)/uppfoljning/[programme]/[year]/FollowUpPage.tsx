import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { EmbedCode } from '@/src/app/(public)/components/EmbedCode'
import { LanguageSwitch } from '@/src/app/(public)/components/LanguageSwitch'
import { PublishedDate } from '@/src/app/(public)/components/PublishedDate'
import { YearSwitcher } from '@/src/app/(public)/components/YearSwitcher'
import type { Lang } from '@/src/app/(public)/lang'
import { type LanguagePaths, pageMetadata } from '@/src/app/(public)/languages'
import { actionsExportPath, followUpExportPath, followUpPath, followUpReportPath, newsItemPath } from '@/src/app/(public)/paths'
import { originOf } from '@/src/app/(public)/request-origin'
import { SITE_TEXTS } from '@/src/app/(public)/site-texts'
import { withOembedDiscovery } from '@/src/app/embed/oembed'
import { FocusAreaOverview } from './FocusAreaOverview'
import { FocusAreaSection } from './FocusAreaSection'
import { FollowUpHeading } from './FollowUpHeading'
import { FollowUpTotals } from './FollowUpTotals'
import styles from './follow-up.module.css'
import { type FollowUpPageProps, followUpOfPage } from './follow-up-query'
import { FOLLOW_UP_TEXTS } from './follow-up-texts'

const followUpPaths = (programme: string, year: number): LanguagePaths => ({
  sv: followUpPath(programme, year, 'sv'),
  en: followUpPath(programme, year, 'en'),
})

export async function followUpMetadata(props: FollowUpPageProps, lang: Lang): Promise<Metadata> {
  const followUp = await followUpOfPage(props, lang)
  if (!followUp) return { title: SITE_TEXTS[lang].notFoundTitle }
  const { programme, report } = followUp
  const title = `${FOLLOW_UP_TEXTS[lang].followUp} ${report.year} – ${programme.title}`
  const metadata = await pageMetadata(title, followUpPaths(programme.slug, report.year), lang)
  return withOembedDiscovery(metadata, followUpPath(programme.slug, report.year), originOf(await headers()), title)
}

/** A programme's follow-up of one year: totals, each focus area's statuses, and every goal with its indicators. */
export async function FollowUpPage({ lang, ...props }: FollowUpPageProps & { lang: Lang }) {
  const followUp = await followUpOfPage(props, lang)
  if (!followUp) notFound()
  const { programme, report } = followUp
  const texts = FOLLOW_UP_TEXTS[lang]
  const embed = { origin: originOf(await headers()) }

  return (
    <>
      <LanguageSwitch lang={lang} paths={followUpPaths(programme.slug, report.year)} />
      <FollowUpHeading year={report.year} programme={programme.title} lang={lang} />
      <YearSwitcher programme={programme.slug} years={programme.years} current={report.year} lang={lang} />

      <section aria-labelledby="sammanfattning" className={styles.section}>
        <h2 id="sammanfattning">{texts.summary}</h2>
        <FollowUpTotals {...report} lang={lang} />
        <p>
          {texts.openData} <a href={followUpExportPath(programme.slug, report.year, 'csv')}>CSV</a>,{' '}
          <a href={followUpExportPath(programme.slug, report.year, 'json')}>JSON</a>; {texts.actionsOfYear}{' '}
          <a href={actionsExportPath(programme.slug, report.year)}>CSV</a>.
        </p>
        <p>
          {texts.report} <a href={followUpReportPath(programme.slug, report.year, 'print', lang)}>{texts.forPrint}</a>,{' '}
          <a href={followUpReportPath(programme.slug, report.year, 'pdf', lang)}>PDF</a>.
        </p>
        <EmbedCode
          origin={embed.origin}
          target={{ kind: 'summary', programme: programme.slug, year: report.year }}
          title={`${texts.followUp} ${report.year} – ${programme.title}`}
          id="badda-in-sammanfattning"
          lang={lang}
        />
      </section>

      <section aria-labelledby="per-fokusomrade" className={styles.section}>
        <h2 id="per-fokusomrade">{texts.perFocusArea}</h2>
        <FocusAreaOverview focusAreas={report.focusAreas} lang={lang} />
      </section>

      {report.focusAreas.map((area) => (
        <FocusAreaSection
          key={area.focusArea.slug}
          area={area}
          programme={programme.slug}
          year={report.year}
          className={styles.section}
          embed={embed}
          lang={lang}
        />
      ))}

      {report.news.length > 0 && (
        <section aria-labelledby="nyheter-om-uppfoljningen" className={styles.section}>
          <h2 id="nyheter-om-uppfoljningen">{texts.news}</h2>
          <ul>
            {report.news.map((item) => (
              <li key={item.slug}>
                <a href={newsItemPath(item.slug, lang)}>{item.title}</a>
                {item.publishedAt && (
                  <>
                    {' '}
                    (<PublishedDate iso={item.publishedAt} lang={lang} />)
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
