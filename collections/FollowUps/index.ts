import type { CollectionConfig, Validate } from 'payload'

import { idOf } from '../../src/shared/ids'
import { isStrategist, refuseForbiddenChange, reportedDraftsKeptBy, strategistsWrite } from '../access'
import { withDerivedFields } from '../derived/hooks'
import { label } from '../fields/label'
import { renderedRichTextField } from '../fields/rendered-rich-text'
import { yearField } from '../fields/year'
import { answerPublished } from '../hooks/published-message'
import { keepReportersDraft } from '../reporting'
import { checkFollowUpWrite } from './reporting'
import { REVIEW_STATE_OPTIONS } from './review-states'
import { GOAL_STATUS_OPTIONS } from './statuses'

type FollowUpData = { milestoneGoal?: string | { id: string } | null }

const validateOnePerGoalAndYear: Validate<number, FollowUpData> = async (value, { req, data, id }) => {
  const goal = idOf(data?.milestoneGoal)
  if (!goal || typeof value !== 'number') return true
  const existing = await req.payload.count({
    collection: 'follow-ups',
    req,
    where: {
      and: [{ milestoneGoal: { equals: goal } }, { year: { equals: value } }, ...(id ? [{ id: { not_equals: id } }] : [])],
    },
  })
  return existing.totalDocs === 0 ? true : `Etappmålet har redan en uppföljning för ${value}. Redigera den i stället.`
}

const followUps: CollectionConfig = {
  slug: 'follow-ups',
  // One goal's yearly assessment; the slug and its REST path are published, the code says what it is.
  typescript: { interface: 'Assessment' },
  labels: { singular: label('Uppföljning', 'Follow-up'), plural: label('Uppföljningar', 'Follow-ups') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'year', '_status'],
    group: label('Uppföljning', 'Follow-up'),
    // The description tells how to save: not for those who may only read.
    components: { Description: '/components/admin/DescriptionForEditors#DescriptionForEditors' },
    description: label(
      'Den årliga bedömningen av ett etappmål. Spara som utkast och publicera när bedömningen är klar.',
      'The yearly assessment of one milestone goal. Save drafts, then publish when the assessment is final.',
    ),
  },
  defaultSort: '-year',
  access: reportedDraftsKeptBy(isStrategist),
  versions: { drafts: true, maxPerDoc: 50 },
  indexes: [{ fields: ['milestoneGoal', 'year'], unique: true }],
  hooks: { beforeOperation: [keepReportersDraft], beforeValidate: [checkFollowUpWrite], afterOperation: [answerPublished] },
  fields: [
    {
      name: 'milestoneGoal',
      type: 'relationship',
      relationTo: 'milestone-goals',
      label: label('Etappmål', 'Milestone goal'),
      required: true,
      index: true,
    },
    yearField({ name: 'year', label: label('Uppföljningsår', 'Year'), required: true, index: true, validate: validateOnePerGoalAndYear }),
    {
      name: 'status',
      type: 'select',
      label: label('Bedömning', 'Status'),
      required: true,
      defaultValue: 'not_assessed',
      // Payload would name its PostgreSQL enum as that of drafts' `_status` (payloadcms/payload#13144).
      enumName: ({ tableName }) => `enum_${tableName}_assessment`,
      options: GOAL_STATUS_OPTIONS,
    },
    { name: 'commentary', type: 'richText', label: label('Kommentar', 'Commentary'), localized: true },
    {
      name: 'review',
      type: 'select',
      label: label('Granskning', 'Review'),
      defaultValue: 'draft',
      enumName: ({ tableName }) => `enum_${tableName}_review_state`,
      options: REVIEW_STATE_OPTIONS,
      admin: { position: 'sidebar' },
    },
    {
      name: 'reviewComment',
      type: 'textarea',
      label: label('Granskarens kommentar', "Reviewer's comment"),
      access: { create: strategistsWrite, update: strategistsWrite },
      hooks: { beforeValidate: [refuseForbiddenChange] },
      admin: {
        position: 'sidebar',
        description: label('Varför uppföljningen skickas tillbaka till rapportören.', 'Why the follow-up is sent back to the reporter.'),
      },
    },
    renderedRichTextField('commentary'),
    {
      name: 'title',
      type: 'text',
      label: label('Benämning', 'Title'),
      admin: { hidden: true },
    },
    {
      name: 'programme',
      type: 'relationship',
      relationTo: 'programmes',
      label: label('Program', 'Programme'),
      index: true,
      admin: { readOnly: true, position: 'sidebar', description: label('Följer av etappmålet.', 'Follows from the milestone goal.') },
    },
  ],
}

export const FollowUps = withDerivedFields(followUps)
