import type { ArrayField, CollectionConfig, Field } from 'payload'

import { isStrategist, publicKeptBy } from '../access'
import { withDerivedFields } from '../derived/hooks'
import { label } from '../fields/label'
import { yearField } from '../fields/year'
import { koladaSyncEndpoint } from '../ValueConflicts/endpoints'
import { importEndpoint } from './import-endpoint'
import { advanceNextValueDue } from './next-value-due'
import { provenanceFields, stampProvenance } from './provenance'
import { seriesField } from './series'

/** Finds the first year that occurs twice, if any. */
export function repeatedYear(rows: Array<{ year?: number | null }> | null | undefined): number | undefined {
  const seen = new Set<number>()
  for (const { year } of rows ?? []) {
    if (typeof year !== 'number') continue
    if (seen.has(year)) return year
    seen.add(year)
  }
  return undefined
}

function yearValueGroup(name: 'baseline' | 'target', groupLabel: Record<'sv' | 'en', string>): Field {
  return {
    name,
    type: 'group',
    label: groupLabel,
    fields: [
      {
        type: 'row',
        fields: [
          yearField({ name: 'year', label: label('År', 'Year') }),
          { name: 'value', type: 'number', label: label('Värde', 'Value') },
        ],
      },
    ],
  }
}

const measurements: ArrayField = {
  name: 'measurements',
  type: 'array',
  label: label('Mätvärden', 'Measurements'),
  labels: { singular: label('Mätvärde', 'Measurement'), plural: label('Mätvärden', 'Measurements') },
  validate: (rows: unknown) => {
    const year = repeatedYear(rows as Array<{ year?: number }>)
    return year === undefined ? true : `Mätvärden: år ${year} finns redan. Indikatorn har ett värde per år.`
  },
  fields: [
    {
      type: 'row',
      fields: [
        yearField({ name: 'year', label: label('År', 'Year'), required: true }),
        { name: 'value', type: 'number', label: label('Värde', 'Value'), required: true },
      ],
    },
    { name: 'note', type: 'text', label: label('Kommentar', 'Note'), localized: true },
    ...provenanceFields,
  ],
}

const indicators: CollectionConfig = {
  slug: 'indicators',
  labels: { singular: label('Indikator', 'Indicator'), plural: label('Indikatorer', 'Indicators') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'unit', 'direction'], group: label('Programmet', 'The programme') },
  access: publicKeptBy(isStrategist),
  hooks: { beforeChange: [stampProvenance, advanceNextValueDue] },
  endpoints: [koladaSyncEndpoint, importEndpoint],
  fields: [
    { name: 'name', type: 'text', label: label('Namn', 'Name'), required: true, localized: true },
    { name: 'unit', type: 'text', label: label('Enhet', 'Unit'), required: true, localized: true },
    {
      name: 'direction',
      type: 'select',
      label: label('Önskad riktning', 'Desired direction'),
      required: true,
      options: [
        { value: 'increase', label: label('Öka', 'Increase') },
        { value: 'decrease', label: label('Minska', 'Decrease') },
      ],
    },
    yearValueGroup('baseline', label('Basvärde', 'Baseline')),
    yearValueGroup('target', label('Målvärde', 'Target')),
    { name: 'source', type: 'text', label: label('Källa', 'Source'), localized: true },
    {
      type: 'row',
      fields: [
        {
          name: 'koladaKpi',
          type: 'text',
          label: label('Nyckeltal i Kolada', 'Kolada KPI'),
          index: true,
          validate: (value: unknown) =>
            !value || (typeof value === 'string' && /^[A-Z]\d{5}$/.test(value))
              ? true
              : 'Ange Koladas id för nyckeltalet: en versal och fem siffror, till exempel N00401.',
          admin: {
            description: label(
              'Värden hämtas från Kolada för programmets kommun.',
              "Values are read from Kolada for the programme's municipality.",
            ),
          },
        },
        {
          name: 'nextValueDue',
          type: 'date',
          label: label('Nästa värde väntas', 'Next value due'),
          admin: {
            description: label(
              'Flyttas fram av sig själv när ett värde för ett senare år kommer in: till 1 juli två år efter det året.',
              'Moves on by itself when a value for a later year comes in: to 1 July two years after that year.',
            ),
            date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
          },
        },
      ],
    },
    measurements,
    {
      name: 'importHistory',
      type: 'ui',
      admin: { components: { Field: '/components/admin/kolada/ImportHistory#ImportHistory' } },
    },
    seriesField,
  ],
}

export const Indicators = withDerivedFields(indicators)
