import { parse } from 'graphql'
import { describe, expect, it } from 'vitest'

import { schema } from '../../graphql/executable-schema'
import { requestedFields } from '../../graphql/selective-reads'
import { selectFor } from '../../src/read/select'

describe('the Payload fields read for them', () => {
  const fields = (query: string) => requestedFields(schema, parse(query))
  const indicatorFields = ['name', 'unit', 'direction', 'baseline', 'target', 'measurements', 'series', 'source']

  it('are the requested fields of the same name, and what a follow-up report computes its figures from', () => {
    expect(selectFor('indicators', indicatorFields, fields('{ indicator(id: "x") { name } }'))).toEqual({
      name: true,
      direction: true,
      baseline: true,
      target: true,
      series: true,
    })
  })

  it('follow computed fields to their sources and leave out fields that are not Payload fields', () => {
    const select = selectFor(
      'news',
      ['title', 'slug', 'publishedAt', 'body', 'searchText', '_status', 'focusAreas'],
      fields('{ newsItem(slug: "x") { title draft body focusAreas { slug } } }'),
    )
    expect(select).toEqual({ publishedAt: true, title: true, _status: true, focusAreas: true })
    expect(
      selectFor(
        'focus-areas',
        ['slug', 'programme', 'title'],
        fields('{ programme(slug: "x") { focusAreas { milestoneGoals { code } } } }'),
      ),
    ).toEqual({})
  })

  it('are every field for a collection that no GraphQL type shows on its own', () => {
    expect(selectFor('contacts', ['name', 'email'], fields('{ news { edges { node { contact { name } } } } }'))).toBeUndefined()
  })
})
