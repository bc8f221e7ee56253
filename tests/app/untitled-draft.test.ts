/**
 * A communicator opens "Skapa ny" under Nyheter and leaves without writing anything: autosave has
 * already made a draft without a title. The admin's list, the editors' preview through /graphql
 * and the public news page must all still work. Screenshots in tests/screenshots/untitled-draft/.
 */
import { describe, expect, it } from 'vitest'

import { appInBrowser } from './helpers/app'
import { logIn, step } from './helpers/browser'
import { startNewsItem } from './helpers/news-editor'
import { previewNewsItem } from './helpers/public-api'

const PREVIEW_LIST = `{ news(first: 50, preview: true) { totalCount edges { node { id slug title draft } } } }`

describe('a news draft left without a title', () => {
  const session = appInBrowser()
  let draftId: string

  it('is what "Skapa ny" leaves behind when the communicator leaves at once', async () => {
    const { page } = session
    await logIn(page, 'kommunikator@example.org')
    draftId = await startNewsItem(page)
    await step(page, 'new-news-item')
    await page.goto('/admin/collections/news')
    await page.locator(`a[href$="/admin/collections/news/${draftId}"]`).first().waitFor()
    expect(await page.getByRole('heading', { name: 'Nyheter', exact: true }).isVisible()).toBe(true)
    await step(page, 'news-list-with-untitled-draft')
  })

  it('the preview lists it, titled (Utkast utan rubrik), and finds it by the ID it gives as slug', async () => {
    const { page } = session
    const response = await page.request.post('/graphql', { data: { query: PREVIEW_LIST } })
    const body = await response.json()
    expect(body.errors).toBeUndefined()
    expect(body.data.news.edges.map((edge: { node: object }) => edge.node)).toContainEqual({
      id: draftId,
      slug: draftId,
      title: '(Utkast utan rubrik)',
      draft: true,
    })
    expect(await previewNewsItem(page.request, draftId)).toMatchObject({ slug: draftId, title: '(Utkast utan rubrik)', draft: true })
  })

  it('the public news page still lists the published news, without the draft', async () => {
    const { page, app } = session
    const response = await fetch(`${app.url}/nyheter`)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).not.toContain('Utkast utan rubrik')
    expect(html).toContain('href="/nyheter/')
    await page.goto('/nyheter')
    await step(page, 'public-news-page')
  })
})
