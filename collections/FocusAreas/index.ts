import type { CollectionConfig } from 'payload'

import { isStrategist, publicKeptBy } from '../access'
import { label } from '../fields/label'
import { slugField } from '../fields/slug'
import { keepProgrammeWhileLinked, refuseDeleteWithGoals } from './links'

export const FOCUS_AREA_KINDS = ['focus_area', 'chapter'] as const

export const FocusAreas: CollectionConfig = {
  slug: 'focus-areas',
  labels: { singular: label('Fokusområde', 'Focus area'), plural: label('Fokusområden', 'Focus areas') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['order', 'title', 'kind', 'programme'],
    group: label('Programmet', 'The programme'),
  },
  defaultSort: 'order',
  access: publicKeptBy(isStrategist),
  hooks: { beforeDelete: [refuseDeleteWithGoals] },
  fields: [
    {
      name: 'programme',
      type: 'relationship',
      relationTo: 'programmes',
      label: label('Program', 'Programme'),
      required: true,
      index: true,
      validate: keepProgrammeWhileLinked,
    },
    {
      name: 'kind',
      type: 'select',
      label: label('Typ', 'Kind'),
      required: true,
      defaultValue: 'focus_area',
      options: [
        { value: 'focus_area', label: label('Fokusområde', 'Focus area') },
        { value: 'chapter', label: label('Kapitel', 'Chapter') },
      ],
    },
    {
      name: 'order',
      type: 'number',
      label: label('Ordning', 'Order'),
      required: true,
      min: 1,
      admin: { description: label('Fokusområdets nummer i programmet.', 'Its number in the programme.') },
    },
    { name: 'title', type: 'text', label: label('Rubrik', 'Title'), required: true, localized: true },
    slugField('title'),
    { name: 'goal', type: 'textarea', label: label('Övergripande mål', 'Overall goal'), required: true, localized: true },
    {
      name: 'clarifications',
      type: 'array',
      label: label('Preciseringar', 'Clarifications'),
      labels: { singular: label('Precisering', 'Clarification'), plural: label('Preciseringar', 'Clarifications') },
      fields: [{ name: 'text', type: 'textarea', label: label('Text', 'Text'), required: true, localized: true }],
    },
  ],
}
