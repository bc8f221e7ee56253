/**
 * Writes a synthetic programme straight through the database adapter, for the benchmark only: the
 * Local API (seedProgramme) runs every hook, validation and content-change signal once per document
 * and locale, which takes about 100 s for a programme's 710 documents. Here each document is written
 * once, in the shape the Local API would store it (tests/seed/synthetic.test.ts seeds a programme
 * both ways and compares every read):
 *
 * - every derived field, from its declaration (collections/derived: withDerivedValues);
 * - `_status` and one latest version on news, follow-ups and actions, so that draft reads (GraphQL
 *   preview, the admin) find them as well as published reads do: published, or a draft (the open
 *   round's follow-ups, actions not started before it), and for an action with a report of the open
 *   round's year, the published action and a later draft version with that report;
 * - IDs of array rows, and createdAt/updatedAt;
 * - what the indicators' hooks keep: each measurement's provenance (typed in, or the import that
 *   wrote it last, replayed here with the importers' own planning), and nextValueDue;
 * - the imports as the importers keep them (src/values/record.ts: importRecord).
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
import type { ValueProvenance, ValueSource } from '@/collections/Indicators/provenance'
import { nextValueDueAfter } from '@/src/figures/overdue'
import type { Localised, SeedAction } from '@/src/seed/data/types'
import { lastPublishedYear, publishedReports } from '@/src/seed/rounds'
import { sqliteClient } from '@/src/server/sqlite-client'
import { richTextFromParagraphs } from '@/src/shared/richtext'
import { planValues, type ValueEntry, type ValuePlan } from '@/src/values/plan'
import { importRecord, recorded, withEntries } from '@/src/values/record'
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

type Status = 'published' | 'draft'

type Writer = {
  /** Creates a document and returns its ID. */
  create: (collection: CollectionSlug, data: Data) => Promise<string>
  /** Creates a document of a collection with drafts, and its version, as a create does. */
  save: (collection: CollectionSlug, data: Data, status: Status) => Promise<string>
  /** A draft saved over published document `id`: a later version only, which draft reads find. */
  saveDraftVersion: (collection: CollectionSlug, id: string, data: Data) => Promise<void>
  count: () => number
}

function writer(payload: Payload, req: PayloadRequest): Writer {
  let written = 0
  const created = new Map<string, string>()
  const create = async (collection: CollectionSlug, data: Data, at = timestamp()) => {
    const doc = await payload.db.create({ collection, data: { ...data, createdAt: at, updatedAt: at }, req, select: { id: true } })
    written++
    created.set(String(doc.id), at)
    return String(doc.id)
  }
  // What saveVersion stores: the document as stored, without its ID.
  const version = (collection: CollectionSlug, parent: string, data: Data, status: Status, createdAt: string, at: string) =>
    payload.db.createVersion({
      collectionSlug: collection,
      parent,
      versionData: { ...data, _status: status, createdAt, updatedAt: at } as never,
      autosave: false,
      createdAt: at,
      updatedAt: at,
      req,
      returning: false,
    })
  return {
    create: async (collection, data) => create(collection, await withDerivedValues(collection, data, req)),
    save: async (collection, given, status) => {
      const data = await withDerivedValues(collection, given, req)
      const at = timestamp()
      // Built twice: the adapter may convert what it is given in place (MongoDB's IDs).
      const copy = structuredClone(data)
      const id = await create(collection, { ...data, _status: status }, at)
      await version(collection, id, copy, status, at, at)
      return id
    },
    saveDraftVersion: async (collection, id, given) => {
      const data = await withDerivedValues(collection, given, req)
      await version(collection, id, data, 'draft', created.get(id)!, timestamp())
    },
    count: () => written,
  }
}

type Measurements = SyntheticData['indicators'][number]['measurements']

type MeasurementRow = {
  id: string
  year: number
  value: number
  note?: Localised
  source: ValueSource
  reference?: string
  recordedAt: string
}

/** The measurement rows typed in, each with its ID, stamped as stampProvenance stamps them. */
const typedRows = (rows: Measurements, recordedAt: string): MeasurementRow[] =>
  rows.map(({ year, value, note }) => ({
    id: rowId(),
    year,
    value,
    source: 'manual',
    recordedAt,
    ...(note ? { note: both(note) } : {}),
  }))

/** When the value after the latest is due, as advanceNextValueDue sets it. */
const nextValueDue = (rows: Array<{ year: number }>) =>
  rows.length ? { nextValueDue: nextValueDueAfter(Math.max(...rows.map((row) => row.year))) } : {}

type AppliedImport = { provenance: ValueProvenance; plan: ValuePlan }

/**
 * The indicators' measurement rows after the typed values and then every import, by indicator key,
 * and each import's plan (also by key): what applyValues would have written, import by import.
 */
function replayImports(data: SyntheticData): { rows: Map<string, MeasurementRow[]>; applied: AppliedImport[] } {
  const typedAt = timestamp()
  const rows = new Map(data.indicators.map((indicator) => [indicator.key, typedRows(indicator.measurements, typedAt)]))
  const applied = data.imports.map((item) => {
    const keys = [...new Set(item.values.map((entry) => entry.indicator))]
    const stored = new Map(keys.map((key) => [key, new Map(required(rows, key, 'indicator').map((row) => [row.year, recorded(row)]))]))
    const plan = planValues(item.values, stored)
    const provenance: ValueProvenance = { source: item.kind, reference: item.reference, recordedAt: timestamp() }
    const writes = [...plan.added, ...plan.changed]
    for (const key of keys) {
      const own = writes.filter((entry) => entry.indicator === key)
      if (own.length > 0) rows.set(key, stamped(withEntries(rows.get(key)!, own), own, provenance))
    }
    return { provenance, plan }
  })
  return { rows, applied }
}

/** The rows an import wrote get its provenance (and a new row its ID), as stampProvenance gives it. */
function stamped(rows: MeasurementRow[], written: ValueEntry[], { source, reference, recordedAt }: ValueProvenance): MeasurementRow[] {
  const years = new Set(written.map((entry) => entry.year))
  return rows.map((row) => (years.has(row.year) ? { ...row, id: row.id ?? rowId(), source, reference, recordedAt } : row))
}

/** A plan whose entries name indicators by `id(key)`. */
function withIndicatorIds(plan: ValuePlan, id: (key: string) => string): ValuePlan {
  const named = <T extends ValueEntry>(entries: T[]) => entries.map((entry) => ({ ...entry, indicator: id(entry.indicator) }))
  return { added: named(plan.added), changed: named(plan.changed), unchanged: named(plan.unchanged) }
}

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

  const { rows, applied } = replayImports(data)
  const indicatorIds = new Map<string, string>()
  for (const indicator of data.indicators) {
    const measurements = required(rows, indicator.key, 'indicator')
    indicatorIds.set(
      indicator.key,
      await w.create('indicators', {
        name: both(indicator.name),
        unit: both(indicator.unit),
        direction: indicator.direction,
        ...(indicator.baseline ? { baseline: { ...indicator.baseline } } : {}),
        ...(indicator.target ? { target: { ...indicator.target } } : {}),
        source: both(indicator.source),
        measurements,
        ...nextValueDue(measurements),
      }),
    )
  }
  for (const { provenance, plan } of applied) {
    const named = withIndicatorIds(plan, (key) => required(indicatorIds, key, 'indicator'))
    await w.create('imports', importRecord(provenance, named, null))
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
        await w.save(
          'follow-ups',
          {
            milestoneGoal: goalId,
            year: Number(year),
            status: followUp.status,
            // Published, so approved, as seedProgramme stores them.
            review: 'approved',
            commentary: richText({ sv: [followUp.commentary.sv], en: [followUp.commentary.en] }),
          },
          'published',
        )
      }
    }
  }

  const { contact } = data
  const contactId = await w.create('contacts', { name: contact.name, role: both(contact.role), phone: contact.phone, email: contact.email })

  for (const item of data.news) {
    await w.save(
      'news',
      {
        title: both(item.title),
        slug: item.slug,
        publishedAt: item.publishedAt,
        lead: both(item.lead),
        body: richText(item.body),
        contact: contactId,
        focusAreas: item.focusAreas.map((slug) => required(focusAreaIds, slug, 'focus area')),
        milestoneGoals: item.milestoneGoals.map((code) => required(goalIds, code, 'milestone goal')),
        ...(item.followUpYear !== undefined ? { followUpYear: item.followUpYear } : {}),
      },
      'published',
    )
  }

  await writeRounds(w, data, {
    programme: programmeId,
    goal: (code) => required(goalIds, code, 'milestone goal'),
    organisation: (slug) => required(organisationIds, slug, 'organisation'),
  })
  return w.count()
}

type Ids = { programme: string; goal: (code: string) => string; organisation: (slug: string) => string }

/** The rounds, the open round's reports and the actions, as seedRounds (src/seed/rounds.ts) stores them. */
async function writeRounds(w: Writer, data: SyntheticData, ids: Ids): Promise<void> {
  const { rounds, openRoundFollowUps, actions } = data.rounds
  for (const round of rounds) {
    await w.create('follow-up-rounds', { ...round, programme: ids.programme, deadline: `${round.deadline}T00:00:00.000Z` })
  }
  const open = rounds.find((round) => round.state === 'open')
  if (open) {
    for (const { goal, demonstration, commentary, ...followUp } of openRoundFollowUps) {
      const data = {
        ...followUp,
        milestoneGoal: ids.goal(goal),
        year: open.year,
        commentary: richText({ sv: [commentary.sv], en: [commentary.en] }),
      }
      await w.save('follow-ups', data, 'draft')
    }
  }
  const lastPublished = lastPublishedYear(rounds)
  for (const action of actions) await writeAction(w, action, lastPublished, ids)
}

async function writeAction(w: Writer, action: SeedAction, lastPublished: number, ids: Ids): Promise<void> {
  const { demonstration, title, description, milestoneGoals, responsible, updates, ...fields } = action
  const { everPublished, published } = publishedReports(action, lastPublished)
  const data = {
    ...fields,
    title: both(title),
    description: richText(description),
    milestoneGoals: milestoneGoals.map(ids.goal),
    responsible: responsible.map(ids.organisation),
  }
  const rows = updates.map((update) => ({ id: rowId(), year: update.year, text: both(update.text) }))
  if (!everPublished) {
    await w.save('actions', { ...data, updates: rows }, 'draft')
    return
  }
  const id = await w.save('actions', { ...data, updates: rows.filter((_, i) => published.includes(updates[i])) }, 'published')
  if (published.length < rows.length) await w.saveDraftVersion('actions', id, { ...data, updates: rows })
}

function required<T>(ids: Map<string, T>, key: string, what: string): T {
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
