import type { Payload } from 'payload'

import { richTextFromParagraphs } from '../../src/shared/richtext'
import { pngFile } from './payload'

let sequence = 0
const next = () => `${Date.now().toString(36)}-${++sequence}`

/** A small programme: one focus area, one goal with an indicator, one published follow-up. */
export async function makeProgramme(payload: Payload) {
  const n = next()
  const programme = await payload.create({
    collection: 'programmes',
    data: { title: `Testprogram ${n}`, slug: `testprogram-${n}`, adoptedOn: '2017-10-09T00:00:00.000Z' },
    overrideAccess: true,
    depth: 0,
  })
  const focusArea = await payload.create({
    collection: 'focus-areas',
    data: { programme: programme.id, kind: 'focus_area', order: 1, title: `Område ${n}`, slug: `omrade-${n}`, goal: 'Ett mål.' },
    overrideAccess: true,
    depth: 0,
  })
  const organisation = await payload.create({
    collection: 'organisations',
    data: { name: `Förvaltning ${n}`, slug: `forvaltning-${n}`, kind: 'administration' },
    overrideAccess: true,
    depth: 0,
  })
  const indicator = await payload.create({
    collection: 'indicators',
    data: {
      name: `Indikator ${n}`,
      unit: 'procent',
      direction: 'increase',
      measurements: [
        { year: 2018, value: 10 },
        { year: 2019, value: 12 },
      ],
    },
    overrideAccess: true,
    depth: 0,
  })
  const goal = await payload.create({
    collection: 'milestone-goals',
    data: {
      focusArea: focusArea.id,
      code: '1.1',
      text: 'Ett etappmål.',
      targetYear: 2020,
      responsible: [organisation.id],
      indicators: [indicator.id],
    },
    overrideAccess: true,
    depth: 0,
  })
  const followUp = await payload.create({
    collection: 'follow-ups',
    data: { milestoneGoal: goal.id, year: 2019, status: 'on_track', _status: 'published' },
    overrideAccess: true,
    depth: 0,
  })
  return { programme, focusArea, organisation, indicator, goal, followUp }
}

export async function makeNews(payload: Payload, status: 'draft' | 'published', extra: Record<string, unknown> = {}) {
  const n = next()
  return payload.create({
    collection: 'news',
    data: {
      title: `Nyhet ${n}`,
      slug: `nyhet-${n}`,
      lead: 'Ingress.',
      body: richTextFromParagraphs(['Första stycket.']),
      _status: status,
      ...extra,
    },
    draft: status === 'draft',
    overrideAccess: true,
    depth: 0,
  })
}

export async function makeMedia(payload: Payload) {
  return payload.create({ collection: 'media', data: { alt: 'En grön rektangel' }, file: await pngFile(), overrideAccess: true, depth: 0 })
}
