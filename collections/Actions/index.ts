import type { CollectionConfig } from 'payload'

import { isStrategist, reportedDraftsKeptBy } from '../access'
import { label } from '../fields/label'
import { slugField } from '../fields/slug'
import { yearField } from '../fields/year'
import { answerPublished } from '../hooks/published-message'
import { keepReportersDraft } from '../reporting'
import { checkActionWrite } from './reporting'
import { ACTION_STATE_OPTIONS } from './states'
import { validateEndYear, validateOneUpdatePerYear } from './validation'

/** What an administration or company does to reach one or more milestone goals (åtgärder). */
export const Actions: CollectionConfig = {
  slug: 'actions',
  labels: { singular: label('Åtgärd', 'Action'), plural: label('Åtgärder', 'Actions') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'state', 'startYear', '_status'],
    group: label('Uppföljning', 'Follow-up'),
    description: label(
      'Det förvaltningar och bolag gör för att nå etappmålen, med en rapport per år om vad som gjorts.',
      'What administrations and companies do to reach the milestone goals, with a report each year on what was done.',
    ),
  },
  defaultSort: 'title',
  access: reportedDraftsKeptBy(isStrategist),
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: { beforeOperation: [keepReportersDraft], beforeValidate: [checkActionWrite], afterOperation: [answerPublished] },
  fields: [
    { name: 'title', type: 'text', label: label('Åtgärd', 'Title'), required: true, localized: true },
    slugField('title'),
    { name: 'description', type: 'richText', label: label('Beskrivning', 'Description'), localized: true },
    {
      name: 'milestoneGoals',
      type: 'relationship',
      relationTo: 'milestone-goals',
      hasMany: true,
      required: true,
      minRows: 1,
      index: true,
      label: label('Etappmål', 'Milestone goals'),
    },
    {
      name: 'responsible',
      type: 'relationship',
      relationTo: 'organisations',
      hasMany: true,
      index: true,
      label: label('Ansvariga', 'Responsible'),
    },
    {
      name: 'state',
      type: 'select',
      label: label('Läge', 'State'),
      required: true,
      defaultValue: 'planned',
      enumName: ({ tableName }) => `enum_${tableName}_action_state`,
      options: ACTION_STATE_OPTIONS,
      admin: { position: 'sidebar' },
    },
    yearField({ name: 'startYear', label: label('Startår', 'Start year'), required: true, admin: { position: 'sidebar' } }),
    yearField({ name: 'endYear', label: label('Slutår', 'End year'), validate: validateEndYear, admin: { position: 'sidebar' } }),
    {
      name: 'updates',
      type: 'array',
      label: label('Rapporter per år', 'Yearly reports'),
      labels: { singular: label('Rapport', 'Report'), plural: label('Rapporter', 'Reports') },
      validate: validateOneUpdatePerYear,
      admin: { description: label('Vad som gjordes under året, en rapport per år.', 'What was done in the year, one report per year.') },
      fields: [
        yearField({ name: 'year', label: label('År', 'Year'), required: true }),
        { name: 'text', type: 'textarea', label: label('Vad som gjordes', 'What was done'), required: true, localized: true },
      ],
    },
  ],
}
