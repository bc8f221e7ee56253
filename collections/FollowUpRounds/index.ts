import type { CollectionConfig, Validate } from 'payload'

import { idOf } from '../../src/shared/ids'
import { isStaff, isStrategist } from '../access'
import { label } from '../fields/label'
import { yearField } from '../fields/year'
import { publicationEndpoints } from './endpoints'
import { ROUND_STATE_OPTIONS } from './states'
import { checkRoundState } from './transitions'

type RoundData = { programme?: string | { id: string } | null }

const validateOnePerProgrammeAndYear: Validate<number, RoundData> = async (value, { req, data, id }) => {
  const programme = idOf(data?.programme)
  if (!programme || typeof value !== 'number') return true
  const existing = await req.payload.count({
    collection: 'follow-up-rounds',
    req,
    where: { and: [{ programme: { equals: programme } }, { year: { equals: value } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
  })
  return existing.totalDocs === 0 ? true : `Programmet har redan en uppföljningsomgång för ${value}.`
}

export const FollowUpRounds: CollectionConfig = {
  slug: 'follow-up-rounds',
  labels: { singular: label('Uppföljningsomgång', 'Follow-up round'), plural: label('Uppföljningsomgångar', 'Follow-up rounds') },
  admin: {
    useAsTitle: 'year',
    defaultColumns: ['year', 'state', 'deadline', 'programme'],
    group: label('Uppföljning', 'Follow-up'),
    description: label(
      'Årets uppföljning: förvaltningar och bolag rapporterar medan omgången är öppen, klimatstrategerna granskar och publicerar sedan hela året på en gång.',
      "The year's follow-up: administrations and companies report while the round is open; the strategists review, then publish the whole year at once.",
    ),
  },
  defaultSort: '-year',
  access: { read: isStaff, create: isStrategist, update: isStrategist, delete: isStrategist },
  indexes: [{ fields: ['programme', 'year'], unique: true }],
  hooks: { beforeValidate: [checkRoundState] },
  endpoints: publicationEndpoints,
  fields: [
    {
      name: 'programme',
      type: 'relationship',
      relationTo: 'programmes',
      label: label('Program', 'Programme'),
      required: true,
      index: true,
    },
    yearField({
      name: 'year',
      label: label('Uppföljningsår', 'Year'),
      required: true,
      index: true,
      validate: validateOnePerProgrammeAndYear,
    }),
    {
      name: 'deadline',
      type: 'date',
      label: label('Sista dag för rapportering', 'Reporting deadline'),
      required: true,
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
    },
    {
      name: 'state',
      type: 'select',
      label: label('Läge', 'State'),
      required: true,
      defaultValue: 'open',
      enumName: ({ tableName }) => `enum_${tableName}_round_state`,
      options: ROUND_STATE_OPTIONS,
    },
    {
      name: 'publishedAt',
      type: 'date',
      label: label('Publicerad', 'Published'),
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } },
    },
  ],
}
