/**
 * Valid documents of every collection for REST and Payload's GraphQL, each with the fields that
 * find it again, and a change to make to each. The documents hang off a programme of their own, so
 * they leave the KMPP follow-up as it is.
 */
export const COLLECTIONS = [
  'programmes',
  'focus-areas',
  'milestone-goals',
  'indicators',
  'follow-ups',
  'actions',
  'follow-up-rounds',
  'organisations',
  'news',
  'contacts',
  'media',
  'users',
] as const
export type Collection = (typeof COLLECTIONS)[number]

/** The collections with drafts. */
export const DRAFTS: Collection[] = ['follow-ups', 'actions', 'news']

/** The type name Payload's GraphQL gives each collection's documents. */
export const GRAPHQL_TYPE: Record<Collection, string> = {
  programmes: 'Programme',
  'focus-areas': 'FocusArea',
  'milestone-goals': 'MilestoneGoal',
  indicators: 'Indicator',
  'follow-ups': 'FollowUp',
  actions: 'Action',
  'follow-up-rounds': 'FollowUpRound',
  organisations: 'Organisation',
  news: 'News',
  contacts: 'Contact',
  media: 'Media',
  users: 'User',
}

/** What the test documents hang off. */
export type Parents = { programme: string; focusArea: string; goal: string }

export type NewDocument = {
  data: Record<string, unknown>
  /** Field values that find this document and no other. */
  identity: Record<string, string | number>
}

/** Numbers per collection, so that years and goal codes stay in their ranges. */
const serials = new Map<Collection, number>()

export function newDocument(collection: Collection, parents: Parents): NewDocument {
  const n = (serials.get(collection) ?? 0) + 1
  serials.set(collection, n)
  const keyed = (data: Record<string, unknown>, ...keys: string[]) => ({
    data,
    identity: Object.fromEntries(keys.map((key) => [key, data[key] as string | number])),
  })
  switch (collection) {
    case 'programmes':
      return keyed({ title: `Matrisprogram ${n}`, slug: `matrisprogram-${n}`, adoptedOn: '2017-10-09T00:00:00.000Z' }, 'slug')
    case 'focus-areas':
      return keyed(
        {
          programme: parents.programme,
          kind: 'chapter',
          order: 9,
          title: `Matriskapitel ${n}`,
          slug: `matriskapitel-${n}`,
          goal: 'Ett mål.',
        },
        'slug',
      )
    case 'milestone-goals':
      return keyed({ focusArea: parents.focusArea, code: `9.${n}`, text: 'Ett etappmål.', targetYear: 2030 }, 'code', 'focusArea')
    case 'indicators':
      return keyed({ name: `Matrisindikator ${n}`, unit: 'st', direction: 'decrease' }, 'name')
    case 'follow-ups':
      return keyed({ milestoneGoal: parents.goal, year: 1990 + n, status: 'at_risk', _status: 'published' }, 'milestoneGoal', 'year')
    case 'actions':
      return keyed(
        {
          title: `Matrisåtgärd ${n}`,
          slug: `matrisatgard-${n}`,
          milestoneGoals: [parents.goal],
          state: 'ongoing',
          startYear: 2019,
          _status: 'published',
        },
        'slug',
      )
    case 'follow-up-rounds':
      // Rounds in review: the matrix's follow-ups, of the same years, are outside any open round.
      return keyed(
        { programme: parents.programme, year: 1990 + n, deadline: '2031-03-31T00:00:00.000Z', state: 'review' },
        'programme',
        'year',
      )
    case 'organisations':
      return keyed({ name: `Matrisbolag ${n}`, slug: `matrisbolag-${n}`, kind: 'company' }, 'slug')
    case 'news':
      return keyed({ title: `Matrisnyhet ${n}`, slug: `matrisnyhet-${n}`, _status: 'published' }, 'slug')
    case 'contacts':
      return keyed({ name: `Matriskontakt ${n}`, email: `matriskontakt-${n}@example.org` }, 'email')
    case 'media':
      return keyed({ alt: `Matrisbild ${n}` }, 'alt')
    case 'users':
      return keyed({ email: `matrisanvandare-${n}@example.org`, password: 'a-long-password-123', role: 'communicator' }, 'email')
  }
}

/** One field to change in a document of each collection, to a value no test document has. */
export const CHANGE: Record<Collection, Record<string, string>> = {
  programmes: { adoptedBy: 'Kommunfullmäktige (ändrat)' },
  'focus-areas': { goal: 'Ändrat mål.' },
  'milestone-goals': { text: 'Ändrat etappmål.' },
  indicators: { unit: 'procent (ändrat)' },
  'follow-ups': { status: 'achieved' },
  actions: { state: 'done' },
  'follow-up-rounds': { deadline: '2032-04-30T00:00:00.000Z' },
  organisations: { name: 'Nytt namn' },
  news: { lead: 'Ny ingress.' },
  contacts: { role: 'Strateg (ändrat)' },
  media: { alt: 'Ny alternativtext' },
  users: { name: 'Nytt namn' },
}

/** A REST query string that finds documents by their identity, e.g. `where[slug][equals]=x`. */
export function whereQuery(identity: Record<string, string | number>): string {
  return Object.entries(identity)
    .map(([field, value]) => `where[${field}][equals]=${encodeURIComponent(String(value))}`)
    .join('&')
}
