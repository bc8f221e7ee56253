import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, Payload, PayloadRequest, TextField } from 'payload'

type Goal = { id: string; code?: string | null; text?: string | null; updatedAt: string }
type GoalInAllLocales = Omit<Goal, 'text'> & { text?: Partial<Record<string, string | null>> | null; label?: unknown }

/** '1.2 Utsläppen ska minska.': how the admin names a goal, in relationship pickers and titles. */
export const goalLabel = (code: string | null | undefined, text: string | null | undefined) => [code, text].filter(Boolean).join(' ')

/**
 * The goal's code and text in each locale, kept by the hooks below: the admin's pickers show and
 * search `useAsTitle`, one stored field, so editors find a goal by its code or a word of its text.
 */
export const labelField: TextField = {
  name: 'label',
  type: 'text',
  localized: true,
  admin: { hidden: true, disableListColumn: true, disableListFilter: true },
}

/** The label of the locale saved (or of every locale, for `locale: 'all'`); the hook overwrites what a client sends. */
export const keepLabel: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const code = data.code ?? originalDoc?.code
  const text = 'text' in data ? data.text : originalDoc?.text
  if (req.locale === 'all' && text && typeof text === 'object') {
    return { ...data, label: Object.fromEntries(Object.entries(text).map(([locale, value]) => [locale, goalLabel(code, value as string)])) }
  }
  return { ...data, label: goalLabel(code, text) }
}

/** A new code reaches the labels of the locales not saved, keeping the goal's time of update. */
export const relabelOtherLocales: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'update' && previousDoc?.code !== doc.code) await writeLabels(req.payload, doc.id, req)
  return doc
}

/**
 * Writes the goal's label in every locale from its stored code and text; the time of update stays.
 * The SQL adapter replaces a document's localised rows as a whole, so every localised field is written.
 */
async function writeLabels(payload: Payload, id: string, req?: Partial<PayloadRequest>): Promise<void> {
  const collection = 'milestone-goals'
  const goal = (await payload.findByID({
    collection,
    id,
    locale: 'all',
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as GoalInAllLocales
  const localised = payload.collections[collection].config.flattenedFields.filter((field) => 'localized' in field && field.localized)
  const labels = Object.fromEntries(Object.entries(goal.text ?? {}).map(([locale, text]) => [locale, goalLabel(goal.code, text)]))
  const data = {
    ...Object.fromEntries(localised.map(({ name }) => [name, goal[name as keyof GoalInAllLocales]])),
    label: labels,
    updatedAt: goal.updatedAt,
  }
  await payload.db.updateOne({ collection, id, data, req })
}

/**
 * Labels goals saved before they had one: run by the migration that added the label, and at every
 * development start, where the schema is pushed without migrations.
 */
export async function fillMissingLabels(payload: Payload, req?: Partial<PayloadRequest>): Promise<number> {
  const { docs } = await payload.find({
    collection: 'milestone-goals',
    where: { label: { exists: false } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { code: true },
    req,
  })
  for (const { id } of docs) await writeLabels(payload, id, req)
  return docs.length
}
