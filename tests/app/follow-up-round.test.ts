/**
 * A whole follow-up round in Chromium against the production build, as its users run it: a reporter
 * fills in two goals and an action and submits them from "Mina etappmål", a strategist returns one
 * with a comment and approves the other, the reporter completes the returned one and submits it
 * again, the strategist approves it and publishes the year through the confirmation, and the public
 * follow-up page shows the year. Screenshots of each step go to tests/screenshots/follow-up-round/.
 */
import type { Locator, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { APP_PASSWORD } from '../helpers/app-server'
import { appInBrowser } from './helpers/app'
import { logOut, logIn as signIn, step } from './helpers/browser'
import { chooseRelated } from './helpers/news-editor'

const STRATEGIST = 'strateg@example.org'
const ADMIN = 'admin@example.org'
const REPORTER = 'rapportor-omgang@example.org'
const PROGRAMME = 'kmpp-2017'
const YEAR = 2021

type Goal = { id: string; code: string }

const myGoal = (page: Page, code: string): Locator => page.locator(`li[data-goal="${code}"]`)
const roundPanel = (page: Page): Locator => page.getByRole('region', { name: `Uppföljningsomgång ${YEAR}` })

/** Signs in afresh, whatever the test before left. */
async function logIn(page: Page, email: string): Promise<void> {
  await logOut(page)
  await signIn(page, email)
}

async function post(page: Page, path: string, data: Record<string, unknown>): Promise<void> {
  const response = await page.request.post(path, { data })
  expect(response.ok(), await response.text()).toBe(true)
}

/**
 * As the administrator, through the REST API: the year's round, opened unless the seed opened it, and
 * a reporter of the organisation responsible for the programme's first goal.
 */
async function prepareRound(page: Page): Promise<void> {
  const programmes = await (await page.request.get(`/api/programmes?where[slug][equals]=${PROGRAMME}&depth=0`)).json()
  const programme = programmes.docs[0].id
  const rounds = await (await page.request.get(`/api/follow-up-rounds?where[year][equals]=${YEAR}&depth=0`)).json()
  if (rounds.docs.length === 0) {
    await post(page, '/api/follow-up-rounds', { programme, year: YEAR, deadline: '2099-03-31T12:00:00.000Z', state: 'open' })
  }
  const goals = await (await page.request.get(`/api/milestone-goals?where[programme][equals]=${programme}&sort=code&depth=0`)).json()
  const organisation = goals.docs[0].responsible[0]
  await post(page, '/api/users', { email: REPORTER, password: APP_PASSWORD, name: 'Rapportör', role: 'reporter', organisation })
}

async function openMyGoals(page: Page): Promise<void> {
  await page.goto('/admin/mina-etappmal')
  await page.getByRole('heading', { name: 'Mina etappmål', level: 1 }).waitFor()
}

/** The first goals of "Mina etappmål" that nobody has started reporting yet. */
async function unstartedGoals(page: Page, count: number): Promise<Goal[]> {
  const items = page.locator('li[data-goal]').filter({ has: page.getByRole('button', { name: 'Börja rapportera' }) })
  expect(await items.count()).toBeGreaterThanOrEqual(count)
  const codes = await Promise.all(
    Array.from({ length: count }, (_, index) => items.nth(index).getAttribute('data-goal') as Promise<string>),
  )
  return codes.map((code) => ({ id: '', code }))
}

/** Writes the assessment in the follow-up's edit view and saves it as a draft. */
async function fillAssessment(page: Page, status: string, commentary: string): Promise<void> {
  await chooseRelated(page, 'status', status)
  const editor = page.locator('[data-field-path="commentary"] [data-lexical-editor="true"][contenteditable="true"]')
  // The edit view may still be putting the stored text into the editor as typing starts, and put it
  // back over what was typed; as a writer does, type again until the editor holds the text.
  await expect
    .poll(
      async () => {
        await editor.click()
        await page.keyboard.press('Control+A')
        await page.keyboard.type(commentary)
        return (await editor.innerText()).trim()
      },
      { timeout: 30_000, interval: 1_000 },
    )
    .toBe(commentary)
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'PATCH' && new URL(r.url()).pathname.startsWith('/api/follow-ups/')),
    page.getByRole('button', { name: 'Spara utkast' }).click(),
  ])
  const saved = await response.text()
  expect(response.ok(), saved).toBe(true)
  expect(saved, 'the saved follow-up holds the commentary').toContain(commentary)
}

/** Starts a goal's follow-up from "Mina etappmål" and fills it in. */
async function report(page: Page, goal: Goal, commentary: string): Promise<void> {
  await openMyGoals(page)
  await myGoal(page, goal.code).getByRole('button', { name: 'Börja rapportera' }).click()
  await page.waitForURL(/\/admin\/collections\/follow-ups\/[0-9a-f-]{36}$/)
  goal.id = new URL(page.url()).pathname.split('/').pop() as string
  await fillAssessment(page, 'På väg att uppnås', commentary)
}

async function submit(page: Page, goal: Goal): Promise<void> {
  await openMyGoals(page)
  await myGoal(page, goal.code).getByRole('button', { name: 'Skicka in' }).click()
  await expect.poll(() => myGoal(page, goal.code).innerText(), { timeout: 15_000 }).toContain('Inskickad')
}

async function review(page: Page, goal: Goal, comment?: string): Promise<void> {
  const item = roundPanel(page).locator(`li[data-goal="${goal.code}"]`)
  if (comment === undefined) {
    await item.getByRole('button', { name: 'Godkänn' }).click()
  } else {
    await item.getByRole('button', { name: 'Skicka tillbaka…' }).click()
    await item.getByRole('textbox').fill(comment)
    await item.getByRole('button', { name: 'Skicka tillbaka med kommentaren' }).click()
  }
  await item.waitFor({ state: 'detached', timeout: 15_000 })
}

describe('a follow-up round from opening to publication', () => {
  const session = appInBrowser()
  let page: Page
  let goals: Goal[]
  let organisation: string

  beforeAll(async () => {
    page = session.page
    await logIn(page, ADMIN)
    await prepareRound(page)
    await logOut(page)
  })

  it('lands a reporter on "Mina etappmål" with their goals, the deadline and last year beside this year', async () => {
    await logIn(page, REPORTER)
    await page.waitForURL(/\/admin\/mina-etappmal$/)
    await page.getByRole('heading', { level: 2, name: new RegExp(`^Uppföljning ${YEAR}: `) }).waitFor()
    expect(await page.locator('main, .template-default').first().innerText()).toMatch(/Sista dag för rapportering: \d{4}-\d{2}-\d{2}/)
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Mina etappmål' }).count()).toBe(1)
    organisation = (await page.getByRole('heading', { level: 2, name: new RegExp(`^Uppföljning ${YEAR}: `) }).innerText()).split(': ')[1]
    goals = await unstartedGoals(page, 2)
    expect(await myGoal(page, goals[0].code).innerText()).toContain(`Bedömning ${YEAR - 1}`)
    await step(page, 'reporter-my-goals')
  })

  it('lets the reporter fill in two goals and an action, and submit the goals', async () => {
    await report(page, goals[0], 'Laddplatserna vid skolorna är beställda.')
    await step(page, 'reporter-fills-a-goal')
    await report(page, goals[1], 'Alla nya avtal kräver förnybart bränsle.')

    await page.goto('/admin/collections/actions/create')
    await page.locator('#field-title').fill('Laddplatser vid skolorna')
    await chooseRelated(page, 'state', 'Pågår')
    await page.locator('#field-startYear').fill(String(YEAR))
    await page.locator('#field-milestoneGoals .rs__control').click()
    await page.keyboard.type(goals[0].code)
    await page.getByRole('option', { name: new RegExp(`^${goals[0].code.replace('.', '\\.')} `) }).click()
    await chooseRelated(page, 'responsible', organisation)
    await page.getByRole('button', { name: 'Lägg till Rapport' }).click()
    await page.locator('#field-updates__0__year').fill(String(YEAR))
    await page.locator('#field-updates__0__text').fill('Avtal om tolv laddplatser vid skolorna är tecknat.')
    const [saved] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/actions'),
      page.getByRole('button', { name: 'Spara utkast' }).click(),
    ])
    expect(saved.ok(), await saved.text()).toBe(true)
    await step(page, 'reporter-adds-an-action')

    await submit(page, goals[0])
    await submit(page, goals[1])
    await step(page, 'reporter-submitted')
    await logOut(page)
  })

  it("shows the strategist the round's completeness, and returns one submission with a comment and approves the other", async () => {
    await logIn(page, STRATEGIST)
    await roundPanel(page).waitFor()
    expect(await roundPanel(page).getByRole('table').innerText()).toContain('Väntar på granskning')
    await step(page, 'strategist-round-completeness')
    await review(page, goals[0], 'Beskriv också hur många laddplatser som byggts.')
    await review(page, goals[1])
    await step(page, 'strategist-reviewed')
    await logOut(page)
  })

  it("shows the reporter the strategist's comment, and takes the completed follow-up again", async () => {
    await logIn(page, REPORTER)
    const item = myGoal(page, goals[0].code)
    await expect.poll(() => item.innerText(), { timeout: 15_000 }).toContain('Beskriv också hur många laddplatser som byggts.')
    expect(await item.innerText()).toContain('Återsänd')
    await step(page, 'reporter-sees-the-comment')
    await item.getByRole('link', { name: 'Fyll i bedömningen' }).click()
    await page.waitForURL(new RegExp(`/admin/collections/follow-ups/${goals[0].id}$`))
    await fillAssessment(page, 'På väg att uppnås', 'Tolv laddplatser vid skolorna är byggda och tjugo till är beställda.')
    await submit(page, goals[0])
    await logOut(page)
  })

  it('lets the strategist approve it and publish the year after a confirmation, and the public page shows the year', async () => {
    await logIn(page, STRATEGIST)
    await roundPanel(page).waitFor()
    await review(page, goals[0])
    await roundPanel(page)
      .getByRole('button', { name: `Publicera ${YEAR}…` })
      .click()
    const confirmation = page.getByRole('dialog', { name: `Publicera uppföljningen ${YEAR}` })
    await confirmation.waitFor()
    expect(await confirmation.innerText()).toMatch(/Publiceras: \d+ godkänd/)
    const unassessed = (await confirmation.innerText()).match(/ej bedömda: (.*)\./)?.[1].split(', ') ?? []
    expect(unassessed.length).toBeGreaterThan(0)
    expect(unassessed).not.toContain(goals[0].code)
    expect(unassessed).not.toContain(goals[1].code)
    await step(page, 'strategist-confirms-publication')
    await confirmation.getByRole('button', { name: 'Publicera', exact: true }).click()
    await page.getByText(`Uppföljningen ${YEAR} är publicerad.`).waitFor({ timeout: 30_000 })
    // A published round leaves the strategists' list of rounds in progress.
    await roundPanel(page).waitFor({ state: 'detached', timeout: 15_000 })
    await step(page, 'strategist-published')

    const response = await page.goto(`/uppfoljning/${PROGRAMME}/${YEAR}`)
    expect(response?.status()).toBe(200)
    expect(await page.locator('main').innerText()).toContain('Tolv laddplatser vid skolorna är byggda')
    await step(page, 'public-follow-up')
  })
})
