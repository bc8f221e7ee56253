/**
 * Actions on the public site against the built app: each goal on the follow-up page lists its
 * actions of the year with their state and the year's update, organisations link to their page,
 * and an organisation's page lists the goals it answers for and its actions, as /graphql gives them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { richTextFromParagraphs } from '../../src/shared/richtext'
import { createDocument, documentId, graphql, signIn } from '../export/app-requests'
import { type AppServer, startApp } from '../helpers/app-server'
import { count, slice, textOf } from './helpers/html'

const PROGRAMME = 'kmpp-2017'
const ORGANISATION = 'samhallsbyggnadsforvaltningen'

let app: AppServer

async function okPage(path: string): Promise<string> {
  const response = await fetch(`${app.url}${path}`)
  expect(response.status, path).toBe(200)
  return response.text()
}

/** Two actions of goal 1.1 written through the REST API as a strategist would, one published, one a draft. */
async function createActions(): Promise<void> {
  const token = await signIn(app.url, 'strateg@example.org')
  const goal = await documentId(app.url, token, 'milestone-goals', 'where[code][equals]=1.1')
  const organisation = await documentId(app.url, token, 'organisations', `where[slug][equals]=${ORGANISATION}`)
  const create = (data: Record<string, unknown>) =>
    createDocument(app.url, token, 'actions', { milestoneGoals: [goal], responsible: [organisation], ...data })
  await create({
    title: 'Laddstolpar vid förskolor',
    description: richTextFromParagraphs(['Kommunen sätter upp laddstolpar vid sina förskolor.']),
    state: 'ongoing',
    startYear: 2019,
    updates: [
      { year: 2019, text: 'Fem stolpar uppsatta.' },
      { year: 2020, text: 'Tolv stolpar uppsatta.' },
    ],
    _status: 'published',
  })
  await create({ title: 'Ett opublicerat utkast till åtgärd', state: 'planned', startYear: 2020, _status: 'draft' })
}

beforeAll(async () => {
  app = await startApp()
  await createActions()
})

afterAll(async () => {
  await app?.stop()
})

describe('a follow-up page', () => {
  it("lists each goal's actions of the year with their state and what was done that year, without drafts", async () => {
    const html = await okPage(`/uppfoljning/${PROGRAMME}/2020`)
    const goal = textOf(slice(html, '<article id="etappmal-1-1"', '</article>'))
    expect(goal).toContain('Åtgärder 2020 ')
    expect(goal).toContain('Laddstolpar vid förskolor Pågår')
    expect(goal).toContain('Tolv stolpar uppsatta.')
    expect(goal).not.toContain('Fem stolpar uppsatta.')
    expect(html).not.toContain('Ett opublicerat utkast till åtgärd')
  })

  it('links every responsible organisation to its page', async () => {
    const html = await okPage(`/uppfoljning/${PROGRAMME}/2020`)
    const { followUp } = await graphql<{
      followUp: { goals: Array<{ milestoneGoal: { code: string; responsible: Array<{ slug: string }> } }> }
    }>(app.url, `{ followUp(programme: "${PROGRAMME}", year: 2020) { goals { milestoneGoal { code responsible { slug } } } } }`)
    for (const { milestoneGoal } of followUp.goals) {
      const article = slice(html, `<article id="etappmal-${milestoneGoal.code.replace('.', '-')}"`, '</article>')
      for (const { slug } of milestoneGoal.responsible) expect(article, milestoneGoal.code).toContain(`href="/organisationer/${slug}"`)
    }
  })
})

describe('an organisation page', () => {
  type ApiOrganisation = { name: string; milestoneGoals: Array<{ code: string; text: string }> }

  it('names the organisation in its one h1 and lists the goals it answers for, each linking to its page', async () => {
    const { organisation } = await graphql<{ organisation: ApiOrganisation }>(
      app.url,
      `{ organisation(slug: "${ORGANISATION}") { name milestoneGoals { code text } } }`,
    )
    const html = await okPage(`/organisationer/${ORGANISATION}`)
    expect(count(html, /<h1[\s>]/g)).toBe(1)
    expect(textOf(slice(html, '<h1', '</h1>'))).toContain(organisation.name)
    const goals = slice(html, 'id="etappmal"', '</section>')
    expect(organisation.milestoneGoals.length).toBeGreaterThan(0)
    expect(count(goals, /<li[\s>]/g)).toBe(organisation.milestoneGoals.length)
    for (const goal of organisation.milestoneGoals) {
      expect(goals).toContain(`href="/uppfoljning/${PROGRAMME}/mal/${goal.code}"`)
      expect(textOf(goals)).toContain(`${goal.code} ${goal.text}`)
    }
  })

  it('lists its published actions with their state, description and what was done each year', async () => {
    const actions = textOf(slice(await okPage(`/organisationer/${ORGANISATION}`), 'id="atgarder"', '</section>'))
    expect(actions).toContain('Laddstolpar vid förskolor Pågår från 2019 · Etappmål 1.1')
    expect(actions).toContain('Kommunen sätter upp laddstolpar vid sina förskolor.')
    expect(actions).toContain('2019 Fem stolpar uppsatta. 2020 Tolv stolpar uppsatta.')
    expect(actions).not.toContain('Ett opublicerat utkast till åtgärd')
  })

  it('is not found for an organisation that does not exist', async () => {
    const response = await fetch(`${app.url}/organisationer/finns-inte`)
    expect(response.status).toBe(404)
    expect(textOf(await response.text())).toContain('Sidan finns inte')
  })
})
