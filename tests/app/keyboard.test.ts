/**
 * The public pages with a keyboard alone: Tab reaches every link, switch and form field a page
 * shows, and Enter opens every chart's table of values.
 */
import { describe, expect, it } from 'vitest'

import { appInBrowser } from './helpers/app'
import { step } from './helpers/browser'
import { tablesNotOpenedByKeyboard, unreachedByTab } from './helpers/keyboard'
import { PROGRAMME } from './helpers/public-api'

const PAGES = {
  'the start page': '/',
  'the 2020 follow-up': `/uppfoljning/${PROGRAMME}/2020`,
  "goal 1.1's page": `/uppfoljning/${PROGRAMME}/mal/1.1`,
  "goal 1.1's page in English": `/en/follow-up/${PROGRAMME}/goal/1.1`,
  'the 2020 follow-up in English': `/en/follow-up/${PROGRAMME}/2020`,
  "goal 1.1's embed": `/embed/goal/${PROGRAMME}/1.1`,
  'the 2020 summary embed in English': `/embed/summary/${PROGRAMME}/2020?lang=en`,
  'the news list': '/nyheter',
  'a news item': '/nyheter/uppfoljning-av-kmpp-2020',
  'an organisation': '/organisationer/samhallsbyggnadsforvaltningen',
  'the search page': '/sok?q=klimat',
  'the accessibility statement': '/tillganglighet',
}

describe('with a keyboard alone', () => {
  const session = appInBrowser()

  for (const [name, path] of Object.entries(PAGES)) {
    it(`Tab reaches every link, switch and field of ${name}, and Enter opens its tables`, async () => {
      const response = await session.page.goto(path)
      expect(response?.status(), path).toBe(200)
      expect(await unreachedByTab(session.page), path).toEqual([])
      expect(await tablesNotOpenedByKeyboard(session.page), path).toEqual([])
      await step(session.page, path.replaceAll(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'start')
    })
  }
})
