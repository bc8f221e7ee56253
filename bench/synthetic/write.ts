/**
 * Writes a synthetic programme straight through the database adapter, for the benchmark only: the
 * Local API (seedProgramme) runs every hook, validation and content-change signal once per document
 * and locale, which takes 20-30 s for a programme's 603 documents. Here each document is written
 * once, in the shape the Local API would store it (tests/seed/synthetic.test.ts seeds a programme
 * both ways and compares every read):
 *
 * - every derived field, from its declaration (collections/derived: withDerivedValues);
 * - `_status: 'published'` and one latest version on news and follow-ups, so that draft reads
 *   (GraphQL preview, the admin) find them as well as published reads do;
 * - IDs of array rows, and createdAt/updatedAt;
 * - what the indicators' hooks keep: each measurement typed in (provenance), and nextValueDue.
 *
 * Texts are written in Swedish and English together, in one write: the adapter takes localised
 * fields as `{ sv, en }`, so the English costs no extra statement, and English reads get the
 * generator's English as they do after seedProgramme, not a fallback to Swedish.
 *
 * Nothing here validates: the generator's tests do. Nothing here signals a content change either;
 * the caller does that once, after the last write.
 */
import { randomBytes } from 'node:crypto'
import { type CollectionSlug, createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { withDerivedValues } from '@/collections/derived/fill'
import { nextValueDueAfter } from '@/src/figures/overdue'
import type { Localised } from '@/src/seed/data/types'
import { sqliteClient } from '@/src/server/sqlite-client'
import { richTextFromParagraphs } from '@/src/shared/richtext'
import type { SyntheticData } from './data'

type Data = Record<string, unknown>

/** Both locales of rich text made from paragraphs, as `{ sv, en }`. */
const richText = (paragraphs: { sv: string[]; en: string[] }) => ({
  sv: richTextFromParagraphs(paragraphs.sv),
  en: richTextFromParagraphs(paragraphs.en),
})

/** A copy of a `{ sv, en }` pair: the adapter may change the data it is given. */
const both = (text: Localised): Localised => ({ sv: text.sv, en: text.en })

// ---------------------------------------------------------------------------------------------
// IDs and timestamps.

const PROCESS_PART = randomBytes(5).toString('hex')
let rowCounter = randomBytes(3).readUIntBE(0, 3)

/**
 * An array row's ID as Payload makes it (bson-objectid's toHexString: seconds, a per-process part
 * and a counter), on every adapter.
 */
export function rowId(): string {
  rowCounter = (rowCounter + 1) % 0x1000000
  const seconds = Math.floor(Date.now() / 1000)
    .toString(16)
    .padStart(8, '0')
  return `${seconds}${PROCESS_PART}${rowCounter.toString(16).padStart(6, '0')}`
}

let lastTimestamp = 0

/** The current time, but strictly later than the last call's, so creation order is sort order. */
function timestamp(): string {
  lastTimestamp = Math.max(Date.now(), lastTimestamp + 1)
  return new Date(lastTimestamp).toISOString()
}

// ---------------------------------------------------------------------------------------------
// Writing.

type Writer = {
  /** Creates a document and returns its ID. */
  create: (collection: CollectionSlug, data: Data) => Promise<string>
  /** Creates a published document with drafts enabled, and its version, as publishing does. */
  publish: (collection: CollectionSlug, data: Data) => Promise<string>
  count: () => number
}

function writer(payload: Payload, req: PayloadRequest): Writer {
  let written = 0
  const create = async (collection: CollectionSlug, data: Data, at = timestamp()) => {
    const doc = await payload.db.create({ collection, data: { ...data, createdAt: at, updatedAt: at }, req, select: { id: true } })
    written++
    return String(doc.id)
  }
  return {
    create: async (collection, data) => create(collection, await withDerivedValues(collection, data, req)),
    publish: async (collection, given) => {
      const data = await withDerivedValues(collection, given, req)
      const at = timestamp()
      // Built twice: the adapter may convert what it is given in place (MongoDB's IDs).
      const copy = structuredClone(data)
      const id = await create(collection, { ...data, _status: 'published' }, at)
      // What saveVersion stores after a create: the document as stored, without its ID.
      await payload.db.createVersion({
        collectionSlug: collection,
        parent: id,
        versionData: { ...copy, _status: 'published', createdAt: at, updatedAt: at } as never,
        autosave: false,
        createdAt: at,
        updatedAt: at,
        req,
        returning: false,
      })
      return id
    },
    count: () => written,
  }
}

type Measurements = SyntheticData['indicators'][number]['measurements']

/** The measurement rows, each with its ID, typed in when written (as stampProvenance records them). */
const measurementRows = (rows: Measurements, recordedAt: string) =>
  rows.map(({ year, value, note }) => ({
    id: rowId(),
    year,
    value,
    source: 'manual',
    recordedAt,
    ...(note ? { note: both(note) } : {}),
  }))

/** When the value after the latest is due, as advanceNextValueDue sets it on create. */
const nextValueDue = (rows: Measurements) =>
  rows.length ? { nextValueDue: nextValueDueAfter(Math.max(...rows.map((row) => row.year))) } : {}

/**
 * Writes programme `data` and everything in it; returns the number of documents. Texts are written
 * in Swedish and English at once, which the Local API does in two writes (a create in Swedish and an
 * update in English).
 */
export async function writeSyntheticProgramme(payload: Payload, data: SyntheticData, req: PayloadRequest): Promise<number> {
  const w = writer(payload, req)

  const organisationIds = new Map<string, string>()
  for (const organisation of data.organisations) {
    organisationIds.set(
      organisation.slug,
      await w.create('organisations', { slug: organisation.slug, name: both(organisation.name), kind: organisation.kind }),
    )
  }

  const { programme } = data
  const programmeId = await w.create('programmes', {
    slug: programme.slug,
    title: both(programme.title),
    adoptedOn: programme.adoptedOn,
    adoptedBy: both(programme.adoptedBy),
    description: richText(programme.description),
    ...(programme.documentUrl ? { documentUrl: programme.documentUrl } : {}),
  })

  const indicatorIds = new Map<string, string>()
  for (const indicator of data.indicators) {
    indicatorIds.set(
      indicator.key,
      await w.create('indicators', {
        name: both(indicator.name),
        unit: both(indicator.unit),
        direction: indicator.direction,
        ...(indicator.baseline ? { baseline: { ...indicator.baseline } } : {}),
        ...(indicator.target ? { target: { ...indicator.target } } : {}),
        source: both(indicator.source),
        measurements: measurementRows(indicator.measurements, new Date().toISOString()),
        ...nextValueDue(indicator.measurements),
      }),
    )
  }

  const focusAreaIds = new Map<string, string>()
  const goalIds = new Map<string, string>()
  for (const { milestoneGoals, ...focusArea } of programme.focusAreas) {
    const focusAreaId = await w.create('focus-areas', {
      programme: programmeId,
      kind: focusArea.kind,
      order: focusArea.order,
      title: both(focusArea.title),
      slug: focusArea.slug,
      goal: both(focusArea.goal),
      clarifications: focusArea.clarifications.map((text) => ({ id: rowId(), text: both(text) })),
    })
    focusAreaIds.set(focusArea.slug, focusAreaId)

    for (const goal of milestoneGoals) {
      const goalId = await w.create('milestone-goals', {
        focusArea: focusAreaId,
        code: goal.code,
        text: both(goal.text),
        targetYear: goal.targetYear,
        responsible: goal.responsible.map((slug) => required(organisationIds, slug, 'organisation')),
        indicators: goal.indicators.map((key) => required(indicatorIds, key, 'indicator')),
      })
      goalIds.set(goal.code, goalId)

      for (const [year, followUp] of Object.entries(goal.followUps)) {
        await w.publish('follow-ups', {
          milestoneGoal: goalId,
          year: Number(year),
          status: followUp.status,
          // Published, so approved, as seedProgramme stores them.
          review: 'approved',
          commentary: richText({ sv: [followUp.commentary.sv], en: [followUp.commentary.en] }),
        })
      }
    }
  }

  const { contact } = data
  const contactId = await w.create('contacts', { name: contact.name, role: both(contact.role), phone: contact.phone, email: contact.email })

  for (const item of data.news) {
    await w.publish('news', {
      title: both(item.title),
      slug: item.slug,
      publishedAt: item.publishedAt,
      lead: both(item.lead),
      body: richText(item.body),
      contact: contactId,
      focusAreas: item.focusAreas.map((slug) => required(focusAreaIds, slug, 'focus area')),
      milestoneGoals: item.milestoneGoals.map((code) => required(goalIds, code, 'milestone goal')),
      ...(item.followUpYear !== undefined ? { followUpYear: item.followUpYear } : {}),
    })
  }

  return w.count()
}

function required(ids: Map<string, string>, key: string, what: string): string {
  const id = ids.get(key)
  if (!id) throw new Error(`Synthetic data refers to an unknown ${what}: ${key}`)
  return id
}

// ---------------------------------------------------------------------------------------------
// Transactions and the content-change signal.

/**
 * Runs `work` in one transaction: the adapter's own where it has them (MongoDB on a replica set,
 * or SQLite configured with transactionOptions), else, on SQLite, a plain BEGIN ... COMMIT on the
 * adapter's connection. Payload's SQLite transactions are off unless configured, and libSQL's
 * transaction() would hand that connection over and open a new one without the adapter's pragmas
 * (busy_timeout, synchronous), so the seed does not use it. One commit instead of one per
 * statement is most of the speed-up on SQLite. Elsewhere the work runs without a transaction.
 */
export async function inTransaction<T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const req = await createLocalReq({}, payload)
  const transactionID = await payload.db.beginTransaction()
  if (transactionID !== null && transactionID !== undefined) {
    req.transactionID = transactionID
    try {
      const result = await work(req)
      await payload.db.commitTransaction(transactionID)
      return result
    } catch (error) {
      await payload.db.rollbackTransaction(transactionID)
      throw error
    }
  }
  const client = sqliteClient(payload)
  if (!client) return work(req)
  await client.execute('BEGIN IMMEDIATE')
  try {
    const result = await work(req)
    await client.execute('COMMIT')
    return result
  } catch (error) {
    // A failed statement may have ended the transaction already.
    await client.execute('ROLLBACK').catch(() => undefined)
    throw error
  }
}
