import type { Metadata } from 'next'

import { LanguageSwitch } from './components/LanguageSwitch'
import { NewsList } from './components/NewsList'
import styles from './home.module.css'
import { fetchPublicHome } from './home-query'
import type { Lang } from './lang'
import { languageAlternates } from './languages'
import { followUpPath, homePath, newsListPath } from './paths'

const HOME_TEXTS = {
  sv: {
    heading: 'Så går arbetet med klimat och miljö',
    intro:
      'Haninge kommun följer varje år upp sitt klimat- och miljöpolitiska program: hur det går med varje etappmål, och vad indikatorerna visar.',
    noFollowUps: 'Programmet har inga publicerade uppföljningar ännu.',
    followUp: 'Uppföljning',
    earlier: 'Tidigare uppföljningar:',
    latestNews: 'Senaste nyheterna',
    noNews: 'Inga nyheter ännu.',
    allNews: 'Alla nyheter',
  },
  en: {
    heading: 'How the work on climate and environment is going',
    intro:
      'Every year Haninge municipality follows up its climate and environmental policy programme: how each milestone goal is going, and what the indicators show.',
    noFollowUps: 'The programme has no published follow-ups yet.',
    followUp: 'Follow-up',
    earlier: 'Earlier follow-ups:',
    latestNews: 'Latest news',
    noNews: 'No news yet.',
    allNews: 'All news',
  },
} as const satisfies Record<Lang, Record<string, string>>

const HOME_PATHS = { sv: homePath('sv'), en: homePath('en') }

export async function homeMetadata(lang: Lang): Promise<Metadata> {
  return { alternates: await languageAlternates(HOME_PATHS, lang) }
}

/** The start page: each programme's latest follow-up and earlier years, and the latest news. */
export async function HomePage({ lang }: { lang: Lang }) {
  const { programmes, news } = await fetchPublicHome(lang)
  const texts = HOME_TEXTS[lang]
  return (
    <>
      <LanguageSwitch lang={lang} paths={HOME_PATHS} />
      <h1>{texts.heading}</h1>
      <p className={styles.intro}>{texts.intro}</p>
      {programmes.map((programme) => {
        const latest = programme.years.at(-1)
        const earlier = programme.years.slice(0, -1).reverse()
        return (
          <section key={programme.slug} aria-labelledby={`program-${programme.slug}`} className={styles.programme}>
            <h2 id={`program-${programme.slug}`}>{programme.title}</h2>
            {programme.description && <p>{programme.description.split('\n')[0]}</p>}
            {latest === undefined ? (
              <p>{texts.noFollowUps}</p>
            ) : (
              <>
                <p>
                  <a className={styles.primaryLink} href={followUpPath(programme.slug, latest, lang)}>
                    {texts.followUp} {latest}
                  </a>
                </p>
                {earlier.length > 0 && (
                  <p>
                    {texts.earlier}{' '}
                    {earlier.map((year, index) => (
                      <span key={year}>
                        {index > 0 && ', '}
                        <a href={followUpPath(programme.slug, year, lang)}>{year}</a>
                      </span>
                    ))}
                  </p>
                )}
              </>
            )}
          </section>
        )
      })}
      <section aria-labelledby="senaste-nyheterna" className={styles.news}>
        <h2 id="senaste-nyheterna">{texts.latestNews}</h2>
        {news.length > 0 ? <NewsList items={news} headingLevel={3} lang={lang} /> : <p>{texts.noNews}</p>}
        <p>
          <a href={newsListPath({}, lang)}>{texts.allNews}</a>
        </p>
      </section>
    </>
  )
}
