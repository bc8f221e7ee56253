import type { CollectionConfig } from 'payload'

import { isStrategist } from '../access'
import { label } from '../fields/label'
import { VALUE_SOURCE_OPTIONS } from '../Indicators/provenance'
import { conflictEndpoints } from './endpoints'

const nobody = () => false

export const CONFLICT_STATES = ['open', 'kept_stored', 'kept_kolada'] as const
export type ConflictState = (typeof CONFLICT_STATES)[number]

/**
 * A value Kolada gives for a year that differs from one typed in or read from a spreadsheet: never
 * written over by the sync (src/values/kolada), kept here until a strategist keeps one or the
 * other. Written only by the sync and the resolution endpoint.
 */
export const ValueConflicts: CollectionConfig = {
  slug: 'value-conflicts',
  labels: { singular: label('Värdekonflikt', 'Value conflict'), plural: label('Värdekonflikter', 'Value conflicts') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'state', 'updatedAt'],
    group: label('Programmet', 'The programme'),
    description: label(
      'Värden från Kolada som skiljer sig från ett värde som matats in för hand eller lästs från ett kalkylblad. Öppna en konflikt och behåll det ena eller det andra värdet.',
      'Values from Kolada that differ from one typed in or read from a spreadsheet. Open a conflict and keep one value or the other.',
    ),
  },
  defaultSort: '-updatedAt',
  access: { read: isStrategist, create: nobody, update: nobody, delete: nobody },
  endpoints: conflictEndpoints,
  fields: [
    { name: 'title', type: 'text', label: label('Konflikt', 'Conflict'), required: true },
    {
      type: 'row',
      fields: [
        // Not required: deleting an indicator leaves its conflicts without one instead of failing.
        { name: 'indicator', type: 'relationship', relationTo: 'indicators', label: label('Indikator', 'Indicator'), index: true },
        { name: 'year', type: 'number', label: label('År', 'Year'), required: true, index: true },
        {
          name: 'state',
          type: 'select',
          label: label('Läge', 'State'),
          enumName: 'enum_value_conflicts_state',
          required: true,
          defaultValue: 'open',
          index: true,
          options: [
            { value: 'open', label: label('Öppen', 'Open') },
            { value: 'kept_stored', label: label('Lagrat värde behållet', 'Stored value kept') },
            { value: 'kept_kolada', label: label('Koladas värde behållet', "Kolada's value kept") },
          ],
        },
      ],
    },
    {
      name: 'stored',
      type: 'group',
      label: label('Lagrat värde', 'Stored value'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'value', type: 'number', label: label('Värde', 'Value'), required: true },
            {
              name: 'source',
              type: 'select',
              label: label('Källa', 'Source'),
              enumName: 'enum_value_conflicts_stored_source',
              required: true,
              options: VALUE_SOURCE_OPTIONS,
            },
            { name: 'reference', type: 'text', label: label('Hämtat från', 'Read from') },
          ],
        },
      ],
    },
    {
      name: 'kolada',
      type: 'group',
      label: label('Koladas värde', "Kolada's value"),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'value', type: 'number', label: label('Värde', 'Value'), required: true },
            { name: 'url', type: 'text', label: label('Hämtat från', 'Read from'), required: true },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'resolvedBy', type: 'relationship', relationTo: 'users', label: label('Avgjord av', 'Resolved by') },
        {
          name: 'resolvedAt',
          type: 'date',
          label: label('Avgjord', 'Resolved'),
          admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } },
        },
      ],
    },
    {
      name: 'resolve',
      type: 'ui',
      admin: { components: { Field: '/components/admin/kolada/ConflictResolution#ConflictResolution' } },
    },
  ],
}
