import { createLocalReq, type Payload, type PayloadRequest, type SelectIncludeType, type TypeWithVersion, type Where } from 'payload'

import { type DerivedField, type Doc, derivedName, unchanged } from './field'
import { derivedFieldNamed, derivedFields, derivedFieldsOf } from './index'
import { deriveInto, deriveStored, writeDerived, writeDerivedVersion } from './store'

export type FillOptions = {
  /** The fields to fill, by derivedName (`indicators.series`); all of them without it. */
  names?: readonly string[]
  /** Only documents and versions where the field has no value; otherwise every one, derived again. */
  onlyMissing: boolean
  /** A migration's request, for its transaction. */
  req?: Partial<PayloadRequest>
}

/** By field name: how many documents and versions got a new value. */
export type FillCounts = Record<string, { documents: number; versions: number }>

/**
 * Brings stored documents and their versions in step with the declarations of their derived fields,
 * through the Local API and the adapter's own methods, so on every database: the documents' time of
 * update and their other fields stay, and a value that is already right is not written. With
 * `onlyMissing`, each field costs one read of the documents without a value (and one of versions).
 */
export async function fillDerivedFields(payload: Payload, { names, onlyMissing, req }: FillOptions): Promise<FillCounts> {
  const fields = names ? names.map(derivedFieldNamed) : derivedFields
  // A copy: createLocalReq sets the locale on the request it is given.
  const localReq = await createLocalReq({ req: { ...req }, locale: 'all' }, payload)
  const counts: FillCounts = {}
  for (const field of fields) counts[derivedName(field)] = await fill(payload, field, onlyMissing, localReq)
  return counts
}

async function fill(payload: Payload, field: DerivedField, onlyMissing: boolean, req: PayloadRequest) {
  // Also on MongoDB, where `exists: false` matches an absent field only: what a document saved before the field existed has.
  const missing = (path: string): Where | undefined => (onlyMissing ? { [path]: { exists: false } } : undefined)
  const read = { collection: field.collection, locale: 'all', pagination: false, depth: 0, overrideAccess: true, req } as const
  // Only what deriving and writing use: a migration runs before later ones add other columns. A
  // source's own subfields may still be among those (a measurement's provenance), so a collection
  // with nothing to fill is not read at all: on a new database no migration reads a later column.
  const select = fieldsUsed(payload, field)
  let documents = 0
  const toFill = await payload.count({ collection: field.collection, overrideAccess: true, req, where: missing(field.name) })
  const { docs } = toFill.totalDocs ? await payload.find({ ...read, select, where: missing(field.name) }) : { docs: [] }
  for (const doc of docs as unknown as Doc[]) {
    const value = await deriveStored(field, doc, req)
    if (value === unchanged) continue
    await writeDerived(payload, field, doc, value, req)
    documents++
  }
  let versions = 0
  const versionsToFill = async () =>
    (await payload.countVersions({ collection: field.collection, overrideAccess: true, req, where: missing(`version.${field.name}`) }))
      .totalDocs
  if (payload.collections[field.collection].config.versions && (await versionsToFill()) > 0) {
    const found = await payload.findVersions({
      ...read,
      select: { version: select, updatedAt: true },
      where: missing(`version.${field.name}`),
    })
    for (const version of found.docs as unknown as Array<TypeWithVersion<Doc>>) {
      const value = await deriveStored(field, version.version, req)
      if (value === unchanged) continue
      await writeDerivedVersion(payload, field, version, value, req)
      versions++
    }
  }
  return { documents, versions }
}

/** The fields of its collection a derived field reads and writes: its sources, itself, the localised fields (kept on write) and updatedAt. */
function fieldsUsed(payload: Payload, field: DerivedField): SelectIncludeType {
  const localised = payload.collections[field.collection].config.flattenedFields.filter((f) => 'localized' in f && f.localized)
  const names = [...field.sources, field.name, ...localised.map((f) => f.name), 'updatedAt']
  return Object.fromEntries(names.map((name) => [name, true]))
}

/**
 * `data` for a new document of `collection` written straight through the adapter, with its derived
 * fields as the save hooks would keep them: `data` is in every locale, as `{ sv, en }`.
 */
export function withDerivedValues(collection: string, data: Doc, req: PayloadRequest): Promise<Doc> {
  return deriveInto(derivedFieldsOf(collection), data, { locale: 'all', req })
}
