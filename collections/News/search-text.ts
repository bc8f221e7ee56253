import { richTextToPlainText, searchableText } from '../../src/shared/richtext'
import { derivedField, inEachLocale } from '../derived/field'

const sources = ['title', 'lead', 'body'] as const

const searched = ({ title, lead, body }: Record<string, unknown>) =>
  searchableText(title as string | undefined, lead as string | undefined, richTextToPlainText(body))

/** `searchText`, what news search matches: the title, lead and body as searchableText gives them. */
export const newsSearchText = derivedField({
  collection: 'news',
  name: 'searchText',
  sources,
  derive: ({ data, originalDoc, locale }) => {
    const values = Object.fromEntries(sources.map((name) => [name, data[name] ?? originalDoc?.[name]]))
    return locale === 'all' ? inEachLocale(values, searched) : searched(values)
  },
})
