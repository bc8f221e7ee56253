import type { CollectionConfig } from 'payload'

import { draftsKeptBy, isEditor } from '../access'
import { withDerivedFields } from '../derived/hooks'
import { label } from '../fields/label'
import { slugField } from '../fields/slug'
import { yearField } from '../fields/year'
import { answerPublished } from '../hooks/published-message'
import { validateOneProgramme } from './programme'

const news: CollectionConfig = {
  slug: 'news',
  labels: { singular: label('Nyhet', 'News item'), plural: label('Nyheter', 'News') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', '_status', 'updatedAt'],
    group: label('Nyheter', 'News'),
    components: { edit: { beforeDocumentControls: ['/components/admin/UntitledDocumentTitle#UntitledDocumentTitle'] } },
  },
  defaultSort: '-publishedAt',
  access: draftsKeptBy(isEditor),
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: { timeFormat: 'HH:mm' } },
    maxPerDoc: 50,
  },
  hooks: {
    afterOperation: [answerPublished],
    beforeChange: [
      // The first publication dates the item unless the editor set a date.
      ({ data }) => (data._status === 'published' && !data.publishedAt ? { ...data, publishedAt: new Date().toISOString() } : data),
    ],
  },
  fields: [
    { name: 'title', type: 'text', label: label('Rubrik', 'Title'), required: true, localized: true },
    slugField('title'),
    {
      name: 'publishedAt',
      type: 'date',
      label: label('Publicerad', 'Published'),
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm', timeFormat: 'HH:mm' },
        description: label('Sätts vid första publiceringen om den lämnas tom.', 'Set on first publication when left empty.'),
      },
    },
    { name: 'lead', type: 'textarea', label: label('Ingress', 'Lead'), localized: true },
    { name: 'body', type: 'richText', label: label('Brödtext', 'Body'), localized: true },
    {
      name: 'heroImage',
      type: 'upload',
      relationTo: 'media',
      label: label('Huvudbild', 'Hero image'),
      filterOptions: { mimeType: { contains: 'image' } },
    },
    { name: 'contact', type: 'relationship', relationTo: 'contacts', label: label('Kontaktperson', 'Contact') },
    {
      name: 'focusAreas',
      type: 'relationship',
      relationTo: 'focus-areas',
      hasMany: true,
      label: label('Fokusområden', 'Focus areas'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'milestoneGoals',
      type: 'relationship',
      relationTo: 'milestone-goals',
      hasMany: true,
      label: label('Etappmål', 'Milestone goals'),
      admin: { position: 'sidebar' },
      validate: validateOneProgramme,
    },
    {
      name: 'programme',
      type: 'relationship',
      relationTo: 'programmes',
      label: label('Program', 'Programme'),
      index: true,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: label('Följer av fokusområdena och etappmålen.', 'Follows from the focus areas and milestone goals.'),
      },
    },
    {
      name: 'searchText',
      type: 'text',
      localized: true,
      admin: { hidden: true, disableListColumn: true, disableListFilter: true },
    },
    yearField({
      name: 'followUpYear',
      label: label('Uppföljningsår', 'Follow-up year'),
      index: true,
      admin: {
        position: 'sidebar',
        description: label('Året vars uppföljning nyheten handlar om.', 'The year of the follow-up this item is about.'),
      },
    }),
  ],
}

export const News = withDerivedFields(news)
