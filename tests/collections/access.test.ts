import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../../collections/roles'
import { makeMedia, makeNews, makeProgramme } from '../helpers/fixtures'
import { pngFile, testPayload, userWithRole } from '../helpers/payload'

type Actor = Role | 'anonymous'
type Operation = 'read' | 'create' | 'update' | 'delete'

const ACTORS: Actor[] = ['anonymous', 'communicator', 'strategist', 'admin', 'reporter']
const OPERATIONS: Operation[] = ['read', 'create', 'update', 'delete']

const GROUPS = {
  programme: ['programmes', 'focus-areas', 'milestone-goals', 'indicators', 'follow-ups', 'actions', 'organisations'],
  editorial: ['news', 'media', 'contacts'],
  rounds: ['follow-up-rounds'],
  users: ['users'],
} satisfies Record<string, CollectionSlug[]>
type Group = keyof typeof GROUPS

/**
 * Who may do what: the single table the whole matrix is generated from. A reporter's own writes, in
 * the round, are in REPORTING below: here the documents are published or outside any open round.
 */
const ALLOWED: Record<Group, Record<Operation, Actor[]>> = {
  programme: {
    read: ['anonymous', 'communicator', 'strategist', 'admin', 'reporter'],
    create: ['strategist', 'admin'],
    update: ['strategist', 'admin'],
    delete: ['strategist', 'admin'],
  },
  editorial: {
    read: ['anonymous', 'communicator', 'strategist', 'admin', 'reporter'],
    create: ['communicator', 'strategist', 'admin'],
    update: ['communicator', 'strategist', 'admin'],
    delete: ['communicator', 'strategist', 'admin'],
  },
  rounds: {
    read: ['communicator', 'strategist', 'admin', 'reporter'],
    create: ['strategist', 'admin'],
    update: ['strategist', 'admin'],
    delete: ['strategist', 'admin'],
  },
  users: { read: ['admin'], create: ['admin'], update: ['admin'], delete: ['admin'] },
}

const groupOf = (slug: CollectionSlug) => (Object.keys(GROUPS) as Group[]).find((group) => (GROUPS[group] as string[]).includes(slug))!

let payload: Payload
let users: Record<Role, Awaited<ReturnType<typeof userWithRole>>>
let base: Awaited<ReturnType<typeof makeProgramme>>
let serial = 0
let rounds = 0
let goals = 0

/** Valid data for a new document of each collection. */
async function newDocument(slug: CollectionSlug): Promise<{ data: Record<string, unknown>; file?: Awaited<ReturnType<typeof pngFile>> }> {
  const n = ++serial
  switch (slug) {
    case 'programmes':
      return { data: { title: `Program ${n}`, slug: `program-${n}`, adoptedOn: '2017-10-09T00:00:00.000Z' } }
    case 'focus-areas':
      return {
        data: { programme: base.programme.id, kind: 'chapter', order: 2, title: `Kapitel ${n}`, slug: `kapitel-${n}`, goal: 'Mål.' },
      }
    case 'milestone-goals':
      return { data: { focusArea: base.focusArea.id, code: `9.${n}`, text: 'Etappmål.', targetYear: 2030 } }
    case 'indicators':
      return { data: { name: `Indikator ${n}`, unit: 'antal', direction: 'decrease' } }
    case 'follow-ups':
      return { data: { milestoneGoal: base.goal.id, year: 1990 + n, status: 'at_risk', _status: 'published' } }
    case 'actions':
      return {
        data: {
          title: `Åtgärd ${n}`,
          slug: `atgard-${n}`,
          milestoneGoals: [base.goal.id],
          responsible: [base.organisation.id],
          startYear: 2019,
          _status: 'published',
        },
      }
    case 'follow-up-rounds':
      // Counted down from 2100, apart from the follow-ups' years; none is open, so reporters' follow-ups stay outside rounds.
      return { data: { programme: base.programme.id, year: 2100 - rounds++, deadline: '2031-03-31T00:00:00.000Z', state: 'review' } }
    case 'organisations':
      return { data: { name: `Bolag ${n}`, slug: `bolag-${n}`, kind: 'company' } }
    case 'news':
      return { data: { title: `Nyhet ${n}`, slug: `nyhet-matris-${n}`, _status: 'published' } }
    case 'media':
      return { data: { alt: `Bild ${n}` }, file: await pngFile(`bild-${n}.png`) }
    case 'contacts':
      return { data: { name: `Kontakt ${n}`, email: `kontakt-${n}@example.org` } }
    case 'users':
      return { data: { email: `matris-${n}@example.org`, password: 'test-password-123', role: 'communicator' } }
    default:
      throw new Error(`No test data for ${slug}`)
  }
}

const CHANGE: Partial<Record<CollectionSlug, Record<string, unknown>>> = {
  programmes: { adoptedBy: 'Kommunfullmäktige' },
  'focus-areas': { goal: 'Ändrat mål.' },
  'milestone-goals': { text: 'Ändrat etappmål.' },
  indicators: { unit: 'procent' },
  'follow-ups': { status: 'achieved' },
  actions: { state: 'done' },
  'follow-up-rounds': { deadline: '2032-04-30T00:00:00.000Z' },
  organisations: { name: 'Nytt namn' },
  news: { lead: 'Ny ingress.' },
  media: { alt: 'Ny alternativtext' },
  contacts: { role: 'Strateg' },
  users: { name: 'Nytt namn' },
}

async function existingDocument(slug: CollectionSlug) {
  const { data, file } = await newDocument(slug)
  return payload.create({ collection: slug, data: data as never, file, overrideAccess: true })
}

async function attempt(slug: CollectionSlug, actor: Actor, operation: Operation): Promise<boolean> {
  const user = actor === 'anonymous' ? undefined : users[actor]
  const options = { collection: slug, overrideAccess: false, user, depth: 0 } as const
  try {
    if (operation === 'create') {
      const { data, file } = await newDocument(slug)
      await payload.create({ ...options, data: data as never, file })
    } else {
      const doc = await existingDocument(slug)
      if (operation === 'read') {
        const found = await payload.find({ ...options, where: { id: { equals: doc.id } } })
        return found.docs.length === 1
      }
      if (operation === 'update') await payload.update({ ...options, id: doc.id, data: CHANGE[slug] as never })
      if (operation === 'delete') await payload.delete({ ...options, id: doc.id })
    }
    return true
  } catch (error) {
    if ((error as { status?: number }).status === 403) return false
    throw error
  }
}

beforeAll(async () => {
  payload = await testPayload()
  base = await makeProgramme(payload)
  users = {
    admin: await userWithRole(payload, 'admin'),
    strategist: await userWithRole(payload, 'strategist'),
    communicator: await userWithRole(payload, 'communicator'),
    reporter: await userWithRole(payload, 'reporter', base.organisation.id),
  }
})

const cases = Object.values(GROUPS)
  .flatMap((slugs: CollectionSlug[]) => slugs)
  .flatMap((slug) =>
    ACTORS.flatMap((actor) =>
      OPERATIONS.map((operation) => ({ slug, actor, operation, allowed: ALLOWED[groupOf(slug)][operation].includes(actor) })),
    ),
  )

describe('access matrix', () => {
  it.each(cases)('$actor $operation $slug: allowed=$allowed', async ({ slug, actor, operation, allowed }) => {
    expect(await attempt(slug, actor, operation)).toBe(allowed)
  })
})

type Work = 'follow-ups' | 'actions'
type Whose = 'own organisation' | 'other organisation'
type RoundState = 'open' | 'review' | 'none'
type Write = 'create' | 'update' | 'delete'

/** A reporter's writes in the round: allowed only for their own organisation's work, in a year whose round is open, and never a delete. */
const REPORTING = (['follow-ups', 'actions'] as Work[]).flatMap((collection) =>
  (['own organisation', 'other organisation'] as Whose[]).flatMap((whose) =>
    (['open', 'review', 'none'] as RoundState[]).flatMap((round) =>
      (['create', 'update', 'delete'] as Write[]).map((operation) => ({
        collection,
        whose,
        round,
        operation,
        allowed: whose === 'own organisation' && round === 'open' && operation !== 'delete',
      })),
    ),
  ),
)

const ROUND_YEARS: Record<RoundState, number> = { open: 2050, review: 2051, none: 2052 }

/** A new goal of the base programme that `organisation` answers for. */
async function goalOf(organisation: string) {
  return payload.create({
    collection: 'milestone-goals',
    data: {
      focusArea: base.focusArea.id,
      code: `8.${++goals}`,
      text: 'Rapportörens etappmål.',
      targetYear: 2030,
      responsible: [organisation],
    },
    overrideAccess: true,
    depth: 0,
  })
}

function reportedData(collection: Work, goal: string, organisation: string, year: number): Record<string, unknown> {
  const n = ++serial
  return collection === 'follow-ups'
    ? { milestoneGoal: goal, year, status: 'on_track' }
    : {
        title: `Åtgärd ${n}`,
        slug: `rapporterad-${n}`,
        milestoneGoals: [goal],
        responsible: [organisation],
        startYear: 2019,
        updates: [{ year, text: 'Gjort.' }],
      }
}

/** What a reporter's write answers: 'done', or the refusal's status. */
async function reporterWrites(collection: Work, organisation: string, year: number, operation: Write): Promise<'done' | number> {
  const goal = await goalOf(organisation)
  const options = { collection, overrideAccess: false, user: users.reporter, depth: 0 } as const
  try {
    if (operation === 'create') {
      await payload.create({ ...options, data: reportedData(collection, goal.id, organisation, year) as never })
      return 'done'
    }
    const existing = await payload.create({
      collection,
      data: { ...reportedData(collection, goal.id, organisation, year), updates: [] } as never,
      overrideAccess: true,
      depth: 0,
    })
    if (operation === 'delete') await payload.delete({ ...options, id: existing.id })
    else {
      const change = collection === 'follow-ups' ? { status: 'at_risk' } : { updates: [{ year, text: 'Gjort i år.' }] }
      await payload.update({ ...options, id: existing.id, data: change as never })
    }
    return 'done'
  } catch (error) {
    return (error as { status?: number }).status ?? Number.NaN
  }
}

describe('a reporter in the round', () => {
  let other: string

  beforeAll(async () => {
    other = (
      await payload.create({
        collection: 'organisations',
        data: { name: 'Annan förvaltning', slug: 'annan-forvaltning', kind: 'administration' },
        overrideAccess: true,
        depth: 0,
      })
    ).id
    for (const state of ['open', 'review'] as const) {
      await payload.create({
        collection: 'follow-up-rounds',
        data: { programme: base.programme.id, year: ROUND_YEARS[state], deadline: '2050-03-31T00:00:00.000Z', state },
        overrideAccess: true,
      })
    }
  })

  it.each(REPORTING)(
    '$operation $collection of the $whose, round $round: allowed=$allowed',
    async ({ collection, whose, round, operation, allowed }) => {
      const organisation = whose === 'own organisation' ? base.organisation.id : other
      expect(await reporterWrites(collection, organisation, ROUND_YEARS[round], operation)).toBe(allowed ? 'done' : 403)
    },
  )
})

describe('roles', () => {
  it('nobody changes their own role, not even an admin: refused with 403 naming the field', async () => {
    for (const role of ['admin', 'strategist', 'communicator'] as Role[]) {
      const user = await userWithRole(payload, role)
      const other: Role = role === 'admin' ? 'communicator' : 'admin'
      await expect(
        payload.update({ collection: 'users', id: user.id, data: { role: other }, overrideAccess: false, user }),
      ).rejects.toMatchObject({
        status: 403,
        message: 'Du får inte ändra fältet role.',
      })
      const after = await payload.findByID({ collection: 'users', id: user.id, overrideAccess: true })
      expect(after.role).toBe(role)
    }
  })

  it('saving one’s own account with the role unchanged, as the admin form does, is allowed', async () => {
    const user = await userWithRole(payload, 'communicator')
    const saved = await payload.update({
      collection: 'users',
      id: user.id,
      data: { name: 'Kim', role: 'communicator' },
      overrideAccess: false,
      user,
    })
    expect([saved.name, saved.role]).toEqual(['Kim', 'communicator'])
  })

  it('an admin changes the role of another account', async () => {
    const communicator = await userWithRole(payload, 'communicator')
    await payload.update({
      collection: 'users',
      id: communicator.id,
      data: { role: 'strategist' },
      overrideAccess: false,
      user: users.admin,
    })
    const after = await payload.findByID({ collection: 'users', id: communicator.id, overrideAccess: true })
    expect(after.role).toBe('strategist')
  })

  it('a strategist cannot make another account an admin', async () => {
    const communicator = await userWithRole(payload, 'communicator')
    await payload
      .update({ collection: 'users', id: communicator.id, data: { role: 'admin' }, overrideAccess: false, user: users.strategist })
      .catch(() => null)
    const after = await payload.findByID({ collection: 'users', id: communicator.id, overrideAccess: true })
    expect(after.role).toBe('communicator')
  })

  it('a user reads their own account but no one else’s', async () => {
    const communicator = await userWithRole(payload, 'communicator')
    const found = await payload.find({ collection: 'users', overrideAccess: false, user: communicator })
    expect(found.docs.map((u) => u.id)).toEqual([communicator.id])
  })
})

describe('drafts are invisible to anonymous readers', () => {
  it('a draft news item is neither found, counted nor fetched by ID', async () => {
    const draft = await makeNews(payload, 'draft')
    const found = await payload.find({ collection: 'news', where: { slug: { equals: draft.slug } }, overrideAccess: false })
    expect(found.docs).toHaveLength(0)
    const counted = await payload.count({ collection: 'news', where: { id: { equals: draft.id } }, overrideAccess: false })
    expect(counted.totalDocs).toBe(0)
    await expect(payload.findByID({ collection: 'news', id: draft.id, overrideAccess: false })).rejects.toMatchObject({ status: 404 })
    const asStaff = await payload.find({
      collection: 'news',
      where: { id: { equals: draft.id } },
      overrideAccess: false,
      user: users.communicator,
      draft: true,
    })
    expect(asStaff.docs).toHaveLength(1)
  })

  it('a newer draft of a published item stays hidden, even when drafts are asked for', async () => {
    const item = await makeNews(payload, 'published', { title: 'Publicerad rubrik' })
    await payload.update({ collection: 'news', id: item.id, data: { title: 'Hemlig utkastrubrik' }, draft: true, overrideAccess: true })
    const published = await payload.find({ collection: 'news', where: { id: { equals: item.id } }, overrideAccess: false })
    expect(published.docs.map((d) => d.title)).toEqual(['Publicerad rubrik'])
    const askingForDrafts = await payload.find({ collection: 'news', overrideAccess: false, draft: true, limit: 100 })
    expect(askingForDrafts.docs.map((d) => d.title)).not.toContain('Hemlig utkastrubrik')
    const asStaff = await payload.findByID({
      collection: 'news',
      id: item.id,
      overrideAccess: false,
      user: users.communicator,
      draft: true,
    })
    expect(asStaff.title).toBe('Hemlig utkastrubrik')
  })

  it('an unpublished assessment is hidden from anonymous readers', async () => {
    const followUp = await payload.create({
      collection: 'follow-ups',
      data: { milestoneGoal: base.goal.id, year: 2024, status: 'not_achieved', _status: 'draft' },
      draft: true,
      overrideAccess: true,
    })
    const found = await payload.find({ collection: 'follow-ups', where: { year: { equals: 2024 } }, overrideAccess: false })
    expect(found.docs).toHaveLength(0)
    const asStrategist = await payload.find({
      collection: 'follow-ups',
      where: { id: { equals: followUp.id } },
      overrideAccess: false,
      user: users.strategist,
      draft: true,
    })
    expect(asStrategist.docs).toHaveLength(1)
  })

  it('media is public, since only published pages link to it', async () => {
    const media = await makeMedia(payload)
    const found = await payload.findByID({ collection: 'media', id: media.id, overrideAccess: false })
    expect(found.alt).toBe('En grön rektangel')
  })
})
