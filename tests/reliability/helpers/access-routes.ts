/**
 * Each operation of the access matrix over each way in: Payload's REST API, Payload's GraphQL and
 * our /graphql. An attempt reports whether the operation took effect (for a read: whether the
 * document came back), and checks on the way that the answer agrees with the effect.
 */
import { randomUUID } from 'node:crypto'
import { expect } from 'vitest'

import { CHANGE, type Collection, DRAFTS, GRAPHQL_TYPE, newDocument, type Parents, whereQuery } from './documents'
import { pngUpload } from './files'
import type { Client, Reply } from './http'

export const OPERATIONS = ['read', 'read draft', 'create', 'update', 'delete', 'change a role'] as const
export type Operation = (typeof OPERATIONS)[number]

/** Runs the operation as `as` on documents of `store`; true when it took effect. */
export type Attempt = (as: Client, store: DocumentStore) => Promise<boolean>
/** How a way in performs an operation on a collection; undefined when it has no way to. */
export type Route = (collection: Collection, operation: Operation) => Attempt | undefined

type StoredDocument = { id: string; data: Record<string, unknown>; identity: Record<string, string | number> }

/** The admin's view of the database: makes the documents the attempts work on, and checks their effect. */
export function documentStore(admin: Client, parents: Parents & { programmeSlug: string }) {
  return {
    parents,
    async stored(collection: Collection, { draft = false } = {}): Promise<StoredDocument> {
      const { data, identity } = newDocument(collection, parents)
      const body = draft ? { ...data, _status: 'draft' } : data
      const path = `/api/${collection}?depth=0${draft ? '&draft=true' : ''}`
      const response =
        collection === 'media' ? await admin.upload(path, await pngUpload(`${randomUUID()}.png`), body) : await admin.post(path, body)
      if (response.status !== 201) throw new Error(`Could not store a ${collection} document: ${response.status} ${response.text}`)
      return { id: response.json.doc.id, data: body, identity }
    },
    async exists(collection: Collection, identity: StoredDocument['identity']): Promise<boolean> {
      const counted = await admin.get(`/api/${collection}/count?${whereQuery(identity)}`)
      return counted.json.totalDocs > 0
    },
    async field(collection: Collection, id: string, name: string): Promise<unknown> {
      return (await admin.get(`/api/${collection}/${id}?depth=0&draft=true`)).json[name]
    },
    async gone(collection: Collection, id: string): Promise<boolean> {
      return (await admin.get(`/api/${collection}/${id}?depth=0`)).status === 404
    },
  }
}
export type DocumentStore = ReturnType<typeof documentStore>

/** What one request of an attempt answered, and whether the answer says it succeeded. */
type Sent = { response: Reply; succeeded: boolean }

/** How one way in sends each kind of write and read, and how it says no. */
type Transport = {
  read: (as: Client, collection: Collection, id: string, draft: boolean) => Promise<Sent>
  create: (as: Client, collection: Collection, data: Record<string, unknown>) => Promise<Sent>
  update: (as: Client, collection: Collection, id: string, data: Record<string, unknown>) => Promise<Sent>
  delete: (as: Client, collection: Collection, id: string) => Promise<Sent>
  /** Checks that the answer is this way's refusal. */
  refused: (response: Reply) => void
  creates: (collection: Collection) => boolean
}

/** Checks that the answer agrees with the effect, and that an operation without effect was refused. */
function agrees({ response, succeeded }: Sent, happened: boolean, refused: (response: Reply) => void): boolean {
  expect(succeeded, `the answer ${response.status} ${response.text.slice(0, 300)} disagrees with the effect`).toBe(happened)
  if (!happened) refused(response)
  return happened
}

function routeOver(transport: Transport): Route {
  return (collection, operation) => {
    const change =
      (field: string, value: string): Attempt =>
      async (as, store) => {
        const doc = await store.stored(collection)
        const sent = await transport.update(as, collection, doc.id, { [field]: value })
        return agrees(sent, (await store.field(collection, doc.id, field)) === value, transport.refused)
      }
    const read =
      (draft: boolean): Attempt =>
      async (as, store) => {
        const doc = await store.stored(collection, { draft })
        const sent = await transport.read(as, collection, doc.id, draft)
        if (!sent.succeeded) expect(sent.response.text, 'a refusal names nothing of the document').not.toContain(doc.id)
        return agrees(sent, sent.succeeded, transport.refused)
      }
    switch (operation) {
      case 'read':
        return read(false)
      case 'read draft':
        return DRAFTS.includes(collection) ? read(true) : undefined
      case 'create':
        if (!transport.creates(collection)) return undefined
        return async (as, store) => {
          const { data, identity } = newDocument(collection, store.parents)
          const sent = await transport.create(as, collection, data)
          return agrees(sent, await store.exists(collection, identity), transport.refused)
        }
      case 'update':
        return change(...(Object.entries(CHANGE[collection])[0] as [string, string]))
      case 'delete':
        return async (as, store) => {
          const doc = await store.stored(collection)
          const sent = await transport.delete(as, collection, doc.id)
          return agrees(sent, await store.gone(collection, doc.id), transport.refused)
        }
      case 'change a role':
        return collection === 'users' ? change('role', 'strategist') : undefined
    }
  }
}

const upload = async (as: Client, data: Record<string, unknown>) =>
  as.upload('/api/media?depth=0', await pngUpload(`${randomUUID()}.png`), data)

/** Payload's REST API: refuses with 403, or 404 where the access rule hides the document. */
export const restRoute = routeOver({
  read: async (as, collection, id, draft) => {
    const response = await as.get(`/api/${collection}/${id}?depth=0${draft ? '&draft=true' : ''}`)
    return { response, succeeded: response.status === 200 && response.json?.id === id }
  },
  create: async (as, collection, data) => {
    const response = collection === 'media' ? await upload(as, data) : await as.post(`/api/${collection}?depth=0`, data)
    return { response, succeeded: response.status === 201 }
  },
  update: async (as, collection, id, data) => {
    const response = await as.patch(`/api/${collection}/${id}?depth=0`, data)
    return { response, succeeded: response.status === 200 }
  },
  delete: async (as, collection, id) => {
    const response = await as.delete(`/api/${collection}/${id}`)
    return { response, succeeded: response.status === 200 }
  },
  refused: (response) => expect([403, 404], response.text).toContain(response.status),
  creates: () => true,
})

/** Sends one operation to Payload's GraphQL and reads the ID its field returned. */
async function payloadGraphQL(as: Client, field: string, query: string, variables?: Record<string, unknown>) {
  const response = await as.graphql('/api/graphql', query, variables)
  expect(response.status, response.text).toBe(200)
  return { response, id: (response.json?.data?.[field] as { id?: string } | null | undefined)?.id }
}

/** Payload's GraphQL: refuses with an error whose statusCode is 403, or 404 where the rule hides the document. */
export const payloadGraphQLRoute = routeOver({
  read: async (as, collection, id, draft) => {
    const type = GRAPHQL_TYPE[collection]
    const { response, id: returned } = await payloadGraphQL(
      as,
      type,
      `{ ${type}(id: ${JSON.stringify(id)}${draft ? ', draft: true' : ''}) { id } }`,
    )
    return { response, succeeded: returned === id }
  },
  create: async (as, collection, data) => {
    const type = GRAPHQL_TYPE[collection]
    const { response, id } = await payloadGraphQL(
      as,
      `create${type}`,
      `mutation($data: mutation${type}Input!) { create${type}(data: $data) { id } }`,
      { data },
    )
    return { response, succeeded: Boolean(id) }
  },
  update: async (as, collection, id, data) => {
    const type = GRAPHQL_TYPE[collection]
    const query = `mutation($data: mutation${type}UpdateInput!) { update${type}(id: ${JSON.stringify(id)}, data: $data) { id } }`
    const { response, id: updated } = await payloadGraphQL(as, `update${type}`, query, { data })
    return { response, succeeded: updated === id }
  },
  delete: async (as, collection, id) => {
    const type = GRAPHQL_TYPE[collection]
    const { response, id: deleted } = await payloadGraphQL(
      as,
      `delete${type}`,
      `mutation { delete${type}(id: ${JSON.stringify(id)}) { id } }`,
    )
    return { response, succeeded: deleted === id }
  },
  refused: (response) => expect([403, 404], response.text).toContain(response.json?.errors?.[0]?.extensions?.statusCode),
  // Payload's GraphQL takes no file uploads.
  creates: (collection) => collection !== 'media',
})

/** Our API reads only; drafts come with preview: true, which anonymous readers are refused. */
type Probe = {
  query: string
  variables: (doc: StoredDocument, parents: DocumentStore['parents']) => Record<string, unknown>
  /** Whether the answer holds the document. */
  found: (data: any, doc: StoredDocument, parents: DocumentStore['parents']) => boolean
}

const byId = (field: string): Probe => ({
  query: `query($id: ID!) { ${field}(id: $id) { id } }`,
  variables: (doc) => ({ id: doc.id }),
  found: (data, doc) => data[field]?.id === doc.id,
})
const bySlug = (field: string): Probe => ({
  query: `query($slug: String!) { ${field}(slug: $slug) { id } }`,
  variables: (doc) => ({ slug: doc.data.slug }),
  found: (data, doc) => data[field]?.id === doc.id,
})

const PUBLISHED_PROBES: Partial<Record<Collection, Probe>> = {
  programmes: bySlug('programme'),
  'focus-areas': {
    query: 'query($slug: String!) { programme(slug: $slug) { focusAreas { id } } }',
    variables: (_, parents) => ({ slug: parents.programmeSlug }),
    found: (data, doc) => data.programme.focusAreas.some((area: { id: string }) => area.id === doc.id),
  },
  'milestone-goals': byId('milestoneGoal'),
  indicators: byId('indicator'),
  organisations: bySlug('organisation'),
  news: bySlug('newsItem'),
  'follow-ups': {
    query: 'query($goal: ID!, $year: Int!) { milestoneGoal(id: $goal) { assessment(year: $year) { year } } }',
    variables: (doc, parents) => ({ goal: parents.goal, year: doc.data.year }),
    found: (data, doc) => data.milestoneGoal?.assessment?.year === doc.data.year,
  },
}

const DRAFT_PROBES: Partial<Record<Collection, Probe>> = {
  news: {
    query: 'query($slug: String!) { newsItem(slug: $slug, preview: true) { id draft } }',
    variables: (doc) => ({ slug: doc.data.slug }),
    found: (data, doc) => data.newsItem?.id === doc.id && data.newsItem.draft === true,
  },
  'follow-ups': {
    query:
      'query($programme: String!, $year: Int!) { ' +
      'followUp(programme: $programme, year: $year, preview: true) { goals { milestoneGoal { id } status } } }',
    variables: (doc, parents) => ({ programme: parents.programmeSlug, year: doc.data.year }),
    found: (data, _, parents) =>
      Boolean(
        data.followUp?.goals.some(
          (row: { milestoneGoal: { id: string }; status: string }) => row.milestoneGoal.id === parents.goal && row.status === 'AT_RISK',
        ),
      ),
  },
}

function probing(collection: Collection, probe: Probe, draft: boolean): Attempt {
  return async (as, store) => {
    const doc = await store.stored(collection, { draft })
    const response = await as.graphql('/graphql', probe.query, probe.variables(doc, store.parents))
    expect(response.status, response.text).toBe(200)
    const happened = Boolean(response.json.data) && probe.found(response.json.data, doc, store.parents)
    const refused = () => expect(response.json.errors?.[0]?.extensions?.code, response.text).toBe('FORBIDDEN')
    return agrees({ response, succeeded: !response.json.errors }, happened, refused)
  }
}

export const ourApiRoute: Route = (collection, operation) => {
  const probe = operation === 'read' ? PUBLISHED_PROBES[collection] : operation === 'read draft' ? DRAFT_PROBES[collection] : undefined
  return probe && probing(collection, probe, operation === 'read draft')
}
