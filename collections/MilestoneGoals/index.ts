import type { CollectionConfig } from 'payload'

import { isStrategist, publicKeptBy } from '../access'
import { withDerivedFields } from '../derived/hooks'
import { label } from '../fields/label'
import { yearField } from '../fields/year'
import { labelField } from './label'
import { keepProgrammeWhileAssessed, validateGoalCode, validateTargetYear } from './validation'

const milestoneGoals: CollectionConfig = {
  slug: 'milestone-goals',
  labels: { singular: label('Etappmål', 'Milestone goal'), plural: label('Etappmål', 'Milestone goals') },
  admin: {
    useAsTitle: 'label',
    listSearchableFields: ['code', 'text'],
    defaultColumns: ['code', 'text', 'targetYear', 'focusArea'],
    group: label('Programmet', 'The programme'),
  },
  defaultSort: 'code',
  access: publicKeptBy(isStrategist),
  indexes: [{ fields: ['programme', 'code'], unique: true }],
  fields: [
    {
      name: 'focusArea',
      type: 'relationship',
      relationTo: 'focus-areas',
      label: label('Fokusområde', 'Focus area'),
      required: true,
      index: true,
      validate: keepProgrammeWhileAssessed,
    },
    {
      name: 'programme',
      type: 'relationship',
      relationTo: 'programmes',
      label: label('Program', 'Programme'),
      index: true,
      admin: { readOnly: true, position: 'sidebar', description: label('Följer av fokusområdet.', 'Follows from the focus area.') },
    },
    {
      name: 'code',
      type: 'text',
      label: label('Nummer', 'Code'),
      required: true,
      index: true,
      validate: validateGoalCode,
      admin: { description: label('Till exempel 1.2, unikt inom programmet.', 'E.g. 1.2, unique in its programme.') },
    },
    { name: 'text', type: 'textarea', label: label('Etappmål', 'Goal'), required: true, localized: true },
    yearField({ name: 'targetYear', label: label('Målår', 'Target year'), required: true, validate: validateTargetYear }),
    {
      name: 'responsible',
      type: 'relationship',
      relationTo: 'organisations',
      hasMany: true,
      label: label('Ansvariga', 'Responsible'),
    },
    {
      name: 'indicators',
      type: 'relationship',
      relationTo: 'indicators',
      hasMany: true,
      label: label('Indikatorer', 'Indicators'),
    },
    labelField,
  ],
}

export const MilestoneGoals = withDerivedFields(milestoneGoals)
