import type { Lang } from '../lang'
import { followUpPath } from '../paths'
import styles from './YearSwitcher.module.css'

/** Links to the programme's follow-up of every year that has one; the year shown is marked as the current page. */
export function YearSwitcher({ programme, years, current, lang }: { programme: string; years: number[]; current: number; lang: Lang }) {
  return (
    <nav aria-label={lang === 'en' ? 'Follow-up years' : 'Uppföljningsår'}>
      <ul className={styles.years}>
        {years.map((year) => (
          <li key={year}>
            <a href={followUpPath(programme, year, lang)} aria-current={year === current ? 'page' : undefined}>
              {year}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
