import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { LanguageSwitch } from '@/src/app/(public)/components/LanguageSwitch'
import type { Lang } from '@/src/app/(public)/lang'
import { type LanguagePaths, pageMetadata } from '@/src/app/(public)/languages'
import { goalPath } from '@/src/app/(public)/paths'
import { originOf } from '@/src/app/(public)/request-origin'
import { SITE_TEXTS } from '@/src/app/(public)/site-texts'
import { withOembedDiscovery } from '@/src/app/embed/oembed'
import { GoalPage } from './GoalPage'
import { type GoalPageProps, goalOfPage } from './goal-query'
import { GOAL_TEXTS } from './goal-texts'

const goalPaths = (programme: string, code: string): LanguagePaths => ({
  sv: goalPath(programme, code, 'sv'),
  en: goalPath(programme, code, 'en'),
})

export async function goalMetadata(props: GoalPageProps, lang: Lang): Promise<Metadata> {
  const page = await goalOfPage(props, lang)
  if (!page) return { title: SITE_TEXTS[lang].notFoundTitle }
  const title = GOAL_TEXTS[lang].title(page.goal.code, page.programme.title)
  const metadata = await pageMetadata(title, goalPaths(page.programme.slug, page.goal.code), lang)
  return withOembedDiscovery(metadata, goalPath(page.programme.slug, page.goal.code), originOf(await headers()), title)
}

/** A milestone goal's page: /uppfoljning/{programme}/mal/{code} or /en/follow-up/{programme}/goal/{code}; not found for an unknown programme or code. */
export async function MilestoneGoalRoute({ lang, ...props }: GoalPageProps & { lang: Lang }) {
  const page = await goalOfPage(props, lang)
  if (!page) notFound()
  return (
    <>
      <LanguageSwitch lang={lang} paths={goalPaths(page.programme.slug, page.goal.code)} />
      <GoalPage page={page} texts={GOAL_TEXTS[lang]} origin={originOf(await headers())} />
    </>
  )
}
