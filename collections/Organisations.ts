import type { CollectionConfig } from 'payload'

import { isStrategist, publicKeptBy } from './access'
import { label } from './fields/label'
import { slugField } from './fields/slug'

export const Organisations: CollectionConfig = {
  slug: 'organisations',
  labels: { singular: label('Organisation', 'Organisation'), plural: label('Organisationer', 'Organisations') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind'], group: label('Programmet', 'The programme') },
  defaultSort: 'name',
  access: publicKeptBy(isStrategist),
  fields: [
    { name: 'name', type: 'text', label: label('Namn', 'Name'), required: true, localized: true },
    slugField('name'),
    {
      name: 'kind',
      type: 'select',
      label: label('Typ', 'Kind'),
      required: true,
      options: [
        { value: 'administration', label: label('Förvaltning', 'Administration') },
        { value: 'company', label: label('Kommunalt bolag', 'Municipal company') },
      ],
    },
  ],
}
