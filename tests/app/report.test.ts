/**
 * The year's report against the production build: the PDF made by the server (PDFKit loaded as an
 * external package), and the print page printed by Chromium to A4, each focus area from a new page.
 */
import { describe, expect, it } from 'vitest'

import { statusLabel } from '../../src/app/labels'
import { pdfPages } from '../report/extract-pdf-text'
import { seededFocusAreas } from '../report/seeded-follow-up'
import { appInBrowser } from './helpers/app'
import { step } from './helpers/browser'
import { PROGRAMME } from './helpers/public-api'

const REPORT = `/uppfoljning/${PROGRAMME}/2020/rapport`

describe("the year's report in the production build", () => {
  const session = appInBrowser()

  it('serves rapport.pdf with every focus area, goal code and status', async () => {
    const response = await fetch(`${session.app.url}${REPORT}.pdf`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const text = (await pdfPages(await response.arrayBuffer())).join(' ')
    const focusAreas = await seededFocusAreas(`${session.app.url}/graphql`)
    for (const { focusArea, goals } of focusAreas) {
      expect(text).toContain(`${focusArea.order}. ${focusArea.title}`)
      for (const { milestoneGoal, status } of goals) {
        expect(text).toContain(`${milestoneGoal.code} `)
        expect(text).toContain(statusLabel(status))
      }
    }
    expect((await fetch(`${session.app.url}/uppfoljning/${PROGRAMME}/2031/rapport.pdf`)).status).toBe(404)
  })

  it('prints the report page to A4 with each focus area starting a page, without the site header', async () => {
    const { page } = session
    expect((await page.goto(REPORT))?.status()).toBe(200)
    await step(page, 'report-2020')
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.site-header').isVisible()).toBe(false)
    const printed = await pdfPages(await page.pdf({ preferCSSPageSize: true }))
    const focusAreas = await seededFocusAreas(`${session.app.url}/graphql`)
    const startPages = focusAreas.map(({ focusArea }) =>
      printed.findIndex((text) => text.startsWith(`${focusArea.order}. ${focusArea.title}`)),
    )
    expect(startPages.every((index) => index > 0)).toBe(true)
    expect(new Set(startPages).size).toBe(focusAreas.length)
    await page.emulateMedia({ media: 'screen' })
  })
})
