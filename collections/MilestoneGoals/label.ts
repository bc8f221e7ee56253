import type { TextField } from 'payload'

import { derivedField, inEachLocale } from '../derived/field'

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

/**
 * The label of the locale saved (or of every locale, for `locale: 'all'`); the hook overwrites what
 * a client sends. A new code reaches the labels of the locales not saved after the save.
 */
export const goalLabelField = derivedField({
  collection: 'milestone-goals',
  name: 'label',
  sources: ['code', 'text'],
  derive: ({ data, originalDoc, locale }) => {
    const code = (data.code ?? originalDoc?.code) as string | null | undefined
    const text = 'text' in data ? data.text : originalDoc?.text
    if (locale === 'all' && text && typeof text === 'object')
      return inEachLocale({ text }, (values) => goalLabel(code, values.text as string))
    return goalLabel(code, text as string | null | undefined)
  },
  rederiveAfter: ({ doc, previousDoc, operation }) => operation === 'update' && previousDoc?.code !== doc.code,
})
