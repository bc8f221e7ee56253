import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { CHART_TEXTS } from '../../src/app/(public)/components/chart-texts'
import { GoalPage } from '../../src/app/(public)/uppfoljning/[programme]/mal/[code]/GoalPage'
import { fetchPublicGoal } from '../../src/app/(public)/uppfoljning/[programme]/mal/[code]/goal-query'
import { GOAL_TEXTS } from '../../src/app/(public)/uppfoljning/[programme]/mal/[code]/goal-texts'
import { actionStateLabel } from '../../src/app/labels'
import { seededSite } from '../helpers/seeded-site'

seededSite()

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')

describe("a milestone goal's page component", () => {
  it('is null for an unknown programme or code', async () => {
    expect(await fetchPublicGoal('kmpp-2017', '9.99')).toBeNull()
    expect(await fetchPublicGoal('finns-inte', '1.1')).toBeNull()
  })

  it.each(['sv', 'en'] as const)('writes every text of its own in the language it is given (%s)', async (language) => {
    const page = await fetchPublicGoal('kmpp-2017', '1.1')
    expect(page).not.toBeNull()
    const texts = GOAL_TEXTS[language]
    const other = GOAL_TEXTS[language === 'sv' ? 'en' : 'sv']
    const shown = text(renderToStaticMarkup(createElement(GoalPage, { page: page!, texts, origin: 'https://uppfoljning.example.se' })))
    for (const key of ['assessmentsHeading', 'indicatorsHeading', 'actionsHeading', 'newsHeading', 'targetYear', 'responsible'] as const) {
      expect(shown).toContain(texts[key])
      expect(shown).not.toContain(other[key])
    }
    expect(shown).toContain(texts.change.NEW)
    expect(shown).toContain(CHART_TEXTS[language].showTable)
    expect(shown).toContain(CHART_TEXTS[language].download)
    expect(shown).toContain(texts.status('ON_TRACK'))
    expect(shown).toContain(actionStateLabel('DONE', language))
  })
})
