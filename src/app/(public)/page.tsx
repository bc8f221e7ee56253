import { NewsList } from './components/NewsList'
import styles from './home.module.css'
import { fetchPublicHome } from './home-query'
import { followUpPath } from './paths'

/** The start page: each programme's latest follow-up and earlier years, and the latest news. */
export default async function HomePage() {
  const { programmes, news } = await fetchPublicHome()
  return (
    <>
      <h1>Så går arbetet med klimat och miljö</h1>
      <p className={styles.intro}>
        Haninge kommun följer varje år upp sitt klimat- och miljöpolitiska program: hur det går med varje etappmål, och vad indikatorerna
        visar.
      </p>
      {programmes.map((programme) => {
        const latest = programme.years.at(-1)
        const earlier = programme.years.slice(0, -1).reverse()
        return (
          <section key={programme.slug} aria-labelledby={`program-${programme.slug}`} className={styles.programme}>
            <h2 id={`program-${programme.slug}`}>{programme.title}</h2>
            {programme.description && <p>{programme.description.split('\n')[0]}</p>}
            {latest === undefined ? (
              <p>Programmet har inga publicerade uppföljningar ännu.</p>
            ) : (
              <>
                <p>
                  <a className={styles.primaryLink} href={followUpPath(programme.slug, latest)}>
                    Uppföljning {latest}
                  </a>
                </p>
                {earlier.length > 0 && (
                  <p>
                    Tidigare uppföljningar:{' '}
                    {earlier.map((year, index) => (
                      <span key={year}>
                        {index > 0 && ', '}
                        <a href={followUpPath(programme.slug, year)}>{year}</a>
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
        <h2 id="senaste-nyheterna">Senaste nyheterna</h2>
        {news.length > 0 ? <NewsList items={news} headingLevel={3} /> : <p>Inga nyheter ännu.</p>}
        <p>
          <a href="/nyheter">Alla nyheter</a>
        </p>
      </section>
    </>
  )
}
