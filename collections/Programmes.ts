import type { CollectionConfig } from 'payload'

import { isStrategist, publicKeptBy } from './access'
import { label } from './fields/label'
import { slugField } from './fields/slug'

export const Programmes: CollectionConfig = {
  slug: 'programmes',
  labels: { singular: label('Program', 'Programme'), plural: label('Program', 'Programmes') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'adoptedOn', 'slug'],
    group: label('Programmet', 'The programme'),
  },
  access: publicKeptBy(isStrategist),
  fields: [
    { name: 'title', type: 'text', label: label('Titel', 'Title'), required: true, localized: true },
    slugField('title'),
    {
      name: 'adoptedOn',
      type: 'date',
      label: label('Antaget', 'Adopted on'),
      required: true,
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
    },
    {
      name: 'municipalityCode',
      type: 'text',
      label: label('Kommunkod', 'Municipality code'),
      validate: (value: unknown) =>
        !value || (typeof value === 'string' && /^\d{4}$/.test(value)) ? true : 'Ange kommunkoden med fyra siffror, till exempel 0136.',
      admin: {
        description: label('SCB:s kommunkod; Kolada läses för den.', "Statistics Sweden's municipality code; Kolada is read for it."),
      },
    },
    { name: 'adoptedBy', type: 'text', label: label('Antaget av', 'Adopted by'), localized: true },
    { name: 'description', type: 'richText', label: label('Beskrivning', 'Description'), localized: true },
    {
      name: 'documentUrl',
      type: 'text',
      label: label('Länk till programdokumentet', 'Link to the programme document'),
      validate: (value: unknown) =>
        !value || (typeof value === 'string' && /^https?:\/\/\S+$/.test(value))
          ? true
          : 'Ange en fullständig webbadress som börjar med https:// eller http://.',
    },
  ],
}
