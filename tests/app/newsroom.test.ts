/**
 * The communicator's newsroom in real Chromium against the production build: the Swedish admin, a
 * news item written, kept as a draft, published and edited, another one scheduled, and a yearly
 * assessment a communicator may read but not change. Each step leaves a screenshot in
 * tests/screenshots/newsroom/.
 */
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { appInBrowser } from './helpers/app'
import { logIn, logOut, step } from './helpers/browser'
import {
  bodyEditor,
  chooseRelated,
  documentStatus,
  fillHeroImageDrawer,
  pngImage,
  publish,
  saveDrawer,
  schedulePublish,
  startNewsItem,
  writeBody,
} from './helpers/news-editor'
import { followUpNews, listedNewsSlugs, previewNewsItem, publishedNewsItem } from './helpers/public-api'

const COMMUNICATOR = 'kommunikator@example.org'
const STRATEGIST = 'strateg@example.org'

const article = {
  title: 'Uppföljningen 2020: transporterna ställer om',
  slug: 'uppfoljningen-2020-transporterna-staller-om',
  editedTitle: 'Uppföljningen 2020: transporterna ställer om snabbare',
  lead: 'Allt fler av kommunens bilar tankas med fossilfritt drivmedel.',
  heading: 'Vad visar uppföljningen?',
  paragraphs: ['Andelen fossilfritt drivmedel ökar för varje år.', 'Nästa steg är fler laddplatser vid kommunens arbetsplatser.'],
  imageAlt: 'En elbil laddas vid kommunhuset',
  focusArea: 'Fossilfria resor och transporter',
  milestoneGoal: '1.4',
  milestoneGoalTitle: '1.4 Utsläppen av växthusgaser från transporter har minskat jämfört med 2014.',
  year: 2020,
}

const announcement = { title: 'Välkommen till klimatseminariet', slug: 'valkommen-till-klimatseminariet' }
/** How long the scheduled item may take to appear: the server runs its jobs every 10 s. */
const SCHEDULE_BOUND_MS = 150_000

/** The link behind the "+" on a collection's dashboard card, there only for those who may create. */
const createLinkOnCard = (page: Page, collection: string) =>
  page.locator(`#card-${collection} a[href$="/collections/${collection}/create"]`)

describe("the communicator's newsroom", () => {
  const session = appInBrowser()
  let page: Page
  let baseUrl: string
  let announcementDue: number

  beforeAll(() => {
    page = session.page
    baseUrl = session.app.url
  })

  it('signs the communicator in to the Swedish admin', async () => {
    await page.goto('/admin/login')
    expect(await page.locator('label[for="field-email"]').innerText()).toMatch(/^E-post/)
    expect(await page.locator('label[for="field-password"]').innerText()).toMatch(/^Lösenord/)
    expect(await page.locator('html').getAttribute('lang')).toBe('sv')
    expect(await page.getByRole('button', { name: 'Logga in' }).isVisible()).toBe(true)
    await step(page, 'login-page')

    await logIn(page, COMMUNICATOR)
    await page.getByRole('heading', { name: 'Nyheter', exact: true, level: 2 }).waitFor()
    expect(await page.getByRole('heading', { name: 'Uppföljning', exact: true, level: 2 }).isVisible()).toBe(true)
    expect(await createLinkOnCard(page, 'news').count()).toBe(1)
    expect(await createLinkOnCard(page, 'follow-ups').count()).toBe(0)
    await step(page, 'communicator-dashboard')
  })

  it('schedules a news item to be published about a minute ahead', async () => {
    await startNewsItem(page)
    await page.locator('#field-title').fill(announcement.title)
    await vi.waitFor(async () => expect((await previewNewsItem(page.request, announcement.slug))?.title).toBe(announcement.title), {
      timeout: 15_000,
      interval: 500,
    })

    const due = new Date(Date.now() + 60_000)
    const drawer = await schedulePublish(page, due)
    announcementDue = due.getTime()
    const upcoming = drawer.locator('.schedule-publish__upcoming tbody tr')
    // The drawer lists the event once it has fetched the jobs again, which may follow the toast.
    await expect.poll(() => upcoming.count(), { timeout: 15_000 }).toBe(1)
    expect(await upcoming.locator('td').first().innerText()).toBe('Publicera')
    await step(page, 'announcement-scheduled')
    await page.keyboard.press('Escape')
    await drawer.waitFor({ state: 'detached' })

    expect(await publishedNewsItem(baseUrl, announcement.slug)).toBeNull()
  })

  it('writes a news item with a heading, two paragraphs, an image and links to the 2020 follow-up', async () => {
    await startNewsItem(page)
    await page.locator('#field-title').fill(article.title)
    await page.locator('#field-lead').fill(article.lead)
    await writeBody(page, article.heading, article.paragraphs)
    expect(await bodyEditor(page).locator('h2').allInnerTexts()).toEqual([article.heading])
    expect(await bodyEditor(page).locator('p').allInnerTexts()).toEqual(article.paragraphs)

    const drawer = await fillHeroImageDrawer(page, await pngImage('elbil.png', 320, 200), article.imageAlt)
    await step(page, 'image-with-alt-text')
    await saveDrawer(drawer)
    expect(await page.locator('#field-heroImage').innerText()).toContain('320x200')

    await chooseRelated(page, 'focusAreas', article.focusArea)
    await chooseRelated(page, 'milestoneGoals', article.milestoneGoalTitle)
    await page.locator('#field-followUpYear').fill(String(article.year))
    await step(page, 'news-item-written')
  })

  it('saves it as a draft, which the API does not show', async () => {
    await vi.waitFor(
      async () =>
        expect(await previewNewsItem(page.request, article.slug)).toMatchObject({
          title: article.title,
          draft: true,
          followUpYear: article.year,
          milestoneGoals: [{ code: article.milestoneGoal }],
          heroImage: { alt: article.imageAlt },
        }),
      { timeout: 20_000, interval: 500 },
    )
    expect(await documentStatus(page).innerText()).toContain('Utkast')
    await step(page, 'draft-saved')

    expect(await publishedNewsItem(baseUrl, article.slug)).toBeNull()
    expect(await listedNewsSlugs(baseUrl)).not.toContain(article.slug)
    expect((await followUpNews(baseUrl, article.year)).map(({ slug }) => slug)).not.toContain(article.slug)
  })

  it('publishes it: the API and the 2020 follow-up show it', async () => {
    await publish(page)
    await step(page, 'published')

    const published = await publishedNewsItem(baseUrl, article.slug)
    expect(published).toMatchObject({
      title: article.title,
      lead: article.lead,
      draft: false,
      followUpYear: article.year,
      focusAreas: [{ title: article.focusArea }],
      milestoneGoals: [{ code: article.milestoneGoal }],
      heroImage: { alt: article.imageAlt },
    })
    expect(published!.body).toBe(`<h2>${article.heading}</h2>${article.paragraphs.map((text) => `<p>${text}</p>`).join('')}`)
    const image = await fetch(new URL(published!.heroImage!.url, baseUrl))
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toBe('image/png')

    expect(await listedNewsSlugs(baseUrl)).toContain(article.slug)
    expect(await followUpNews(baseUrl, article.year)).toContainEqual({ slug: article.slug, title: article.title })
  })

  it('shows an edited title at once after republishing', async () => {
    await page.locator('#field-title').fill(article.editedTitle)
    await publish(page)
    await step(page, 'title-edited-and-republished')

    // No waiting: the publish must have invalidated the cached responses read just before.
    expect((await publishedNewsItem(baseUrl, article.slug))?.title).toBe(article.editedTitle)
    expect(await followUpNews(baseUrl, article.year)).toContainEqual({ slug: article.slug, title: article.editedTitle })
  })

  it('lets the communicator read a follow-up assessment but not change it', async () => {
    const me = await (await page.request.get('/api/users/me')).json()
    expect(me.user?.email).toBe(COMMUNICATOR)
    const list = await (await page.request.get(`/api/follow-ups?where[year][equals]=${article.year}&limit=1&depth=0`)).json()
    const assessment = list.docs[0] as { id: string; status: string; updatedAt: string }

    await page.goto('/admin/collections/follow-ups')
    await page.getByRole('heading', { name: 'Uppföljningar' }).waitFor()
    expect(await page.getByRole('link', { name: 'Skapa ny' }).count()).toBe(0)
    await step(page, 'follow-ups-without-create')

    await page.goto(`/admin/collections/follow-ups/${assessment.id}`)
    await page.locator('#field-year').waitFor()
    expect(await page.locator('#field-year').inputValue()).toBe(String(article.year))
    expect(await page.locator('#field-year').isDisabled()).toBe(true)
    expect(await page.locator('#field-status').getAttribute('class')).toContain('read-only')
    expect(await page.locator('#action-save').count()).toBe(0)
    await step(page, 'follow-up-read-only')

    await page.goto('/admin/collections/follow-ups/create')
    await page.getByText('Du får inte komma åt den här sidan.').waitFor()
    await step(page, 'follow-up-create-refused')

    const otherStatus = assessment.status === 'achieved' ? 'not_achieved' : 'achieved'
    const refused = await page.request.patch(`/api/follow-ups/${assessment.id}`, { data: { status: otherStatus } })
    expect(refused.status()).toBe(403)
    const after = await (await page.request.get(`/api/follow-ups/${assessment.id}?depth=0`)).json()
    expect({ status: after.status, updatedAt: after.updatedAt }).toEqual({ status: assessment.status, updatedAt: assessment.updatedAt })
  })

  it(
    'publishes the scheduled news item by itself',
    async () => {
      await vi.waitFor(async () => expect((await publishedNewsItem(baseUrl, announcement.slug))?.title).toBe(announcement.title), {
        timeout: Math.max(announcementDue + SCHEDULE_BOUND_MS - Date.now(), 0),
        interval: 2_000,
      })
      const { publishedAt } = (await publishedNewsItem(baseUrl, announcement.slug))!
      // Not before its time (the picker keeps whole seconds).
      expect(new Date(publishedAt!).getTime()).toBeGreaterThanOrEqual(announcementDue - 1_000)

      await page.goto('/admin/collections/news')
      await page.getByRole('link', { name: announcement.title }).click()
      await documentStatus(page).filter({ hasText: 'Publicerad' }).waitFor()
      await step(page, 'scheduled-item-published')
    },
    SCHEDULE_BOUND_MS + 30_000,
  )

  it("shows the strategist's dashboard, where follow-ups can be created", async () => {
    await logOut(page)
    await logIn(page, STRATEGIST)
    await page.getByRole('heading', { name: 'Uppföljning', exact: true, level: 2 }).waitFor()
    expect(await createLinkOnCard(page, 'follow-ups').count()).toBe(1)
    // The screenshot is the README's: let every panel finish loading.
    await page.waitForLoadState('networkidle')
    await step(page, 'strategist-dashboard')
  })
})
