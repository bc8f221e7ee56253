import type { CollectionConfig, JSONField } from 'payload'

import { isStrategist } from '../access'
import { label } from '../fields/label'
import { VALUE_SOURCES } from '../Indicators/provenance'
import { undoEndpoint } from './endpoints'

const nobody = () => false

/** A measurement's value and provenance, as an import found it or left it (src/values/record.ts). */
type JSONSchema = ReturnType<NonNullable<JSONField['typescriptSchema']>[number]>

const recordedValueSchema: JSONSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['value', 'source'],
  properties: {
    value: { type: 'number' },
    source: { type: 'string', enum: [...VALUE_SOURCES] },
    reference: { type: ['string', 'null'] },
    recordedAt: { type: ['string', 'null'] },
  },
}

/**
 * Values brought in from a spreadsheet or from Kolada, one document per applied import: who, when,
 * from where, the counts and every change with its value before and after. Written only by the
 * importers (src/values), with the request's user; nobody edits one.
 */
export const Imports: CollectionConfig = {
  slug: 'imports',
  labels: { singular: label('Import', 'Import'), plural: label('Importer', 'Imports') },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['createdAt', 'kind', 'reference', 'recordedBy', 'added', 'changed'],
    group: label('Programmet', 'The programme'),
  },
  defaultSort: '-createdAt',
  endpoints: [undoEndpoint],
  access: { read: isStrategist, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'undo', type: 'ui', admin: { components: { Field: '/components/admin/imports/UndoImportButton#UndoImportButton' } } },
    {
      name: 'kind',
      type: 'select',
      label: label('Varifrån', 'From'),
      enumName: 'enum_imports_kind',
      required: true,
      options: [
        { value: 'spreadsheet', label: label('Kalkylblad', 'Spreadsheet') },
        { value: 'kolada', label: label('Kolada', 'Kolada') },
      ],
    },
    { name: 'reference', type: 'text', label: label('Fil eller adress', 'File or address'), required: true },
    {
      name: 'file',
      type: 'upload',
      relationTo: 'import-files',
      label: label('Uppladdad fil', 'Uploaded file'),
      admin: { condition: (data) => data?.kind === 'spreadsheet' },
    },
    { name: 'recordedBy', type: 'relationship', relationTo: 'users', label: label('Importerat av', 'Imported by') },
    {
      name: 'indicators',
      type: 'relationship',
      relationTo: 'indicators',
      hasMany: true,
      index: true,
      label: label('Indikatorer', 'Indicators'),
      admin: {
        description: label(
          'Indikatorerna vars värden importen lade till eller ändrade.',
          'The indicators whose values the import added or changed.',
        ),
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'added', type: 'number', label: label('Nya värden', 'Added'), required: true },
        { name: 'changed', type: 'number', label: label('Ändrade värden', 'Changed'), required: true },
        { name: 'unchanged', type: 'number', label: label('Oförändrade', 'Unchanged'), required: true },
      ],
    },
    {
      name: 'changes',
      type: 'json',
      label: label('Ändringar', 'Changes'),
      required: true,
      typescriptSchema: [
        () => ({
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['indicator', 'year', 'before', 'after'],
            properties: {
              indicator: { type: 'string' },
              year: { type: 'number' },
              before: { oneOf: [{ type: 'null' }, recordedValueSchema] },
              after: recordedValueSchema,
            },
          },
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'undoneAt', type: 'date', label: label('Ångrad', 'Undone'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'undoneBy', type: 'relationship', relationTo: 'users', label: label('Ångrad av', 'Undone by') },
      ],
    },
  ],
}
