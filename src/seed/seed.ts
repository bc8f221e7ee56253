import type { Payload } from 'payload'

import { actions as kmppActions } from './data/actions'
import { indicators as kmppIndicators } from './data/indicators'
import { contact as kmppContact, news as kmppNews } from './data/news'
import { organisations as kmppOrganisations } from './data/organisations'
import { programme as kmppProgramme } from './data/programme'
import { openRoundFollowUps as kmppOpenRoundFollowUps, rounds as kmppRounds } from './data/rounds'
import type { SeedContact, SeedImport, SeedIndicator, SeedNewsItem, SeedOrganisation, SeedProgramme } from './data/types'
import { type EnsureResult, ensure } from './ensure'
import { seedImport } from './imports'
import { localisedRichText } from './localise'
import { type SeedRoundsData, seedRounds } from './rounds'

export type SeedData = {
  programme: SeedProgramme
  organisations: SeedOrganisation[]
  indicators: SeedIndicator[]
  contact: SeedContact
  news: SeedNewsItem[]
  /** The yearly rounds and the actions; a programme without them has only its published follow-ups. */
  rounds?: SeedRoundsData
  /** Values read from spreadsheets and Kolada after the indicators were typed in, in order. */
  imports?: SeedImport[]
}

export const KMPP: SeedData = {
  programme: kmppProgramme,
  organisations: kmppOrganisations,
  indicators: kmppIndicators,
  contact: kmppContact,
  news: kmppNews,
  rounds: { rounds: kmppRounds, openRoundFollowUps: kmppOpenRoundFollowUps, actions: kmppActions },
}

export type SeedSummary = { created: number; existing: number }

/** Loads a programme with its organisations, indicators, imports, assessments, news, rounds and actions; idempotent. */
export async function seedProgramme(payload: Payload, data: SeedData = KMPP): Promise<SeedSummary> {
  const results: EnsureResult[] = []
  const track = async (result: Promise<EnsureResult>) => {
    const done = await result
    results.push(done)
    return done.id
  }

  const organisationIds = new Map<string, string>()
  for (const organisation of data.organisations) {
    organisationIds.set(
      organisation.slug,
      await track(ensure(payload, 'organisations', { slug: { equals: organisation.slug } }, { ...organisation })),
    )
  }

  const { focusAreas, description, ...programmeFields } = data.programme
  const programmeId = await track(
    ensure(
      payload,
      'programmes',
      { slug: { equals: data.programme.slug } },
      {
        ...programmeFields,
        description: localisedRichText(description),
      },
    ),
  )

  const indicators = new Map<string, EnsureResult>()
  for (const { key, demonstration, ...indicator } of data.indicators) {
    const result = ensure(payload, 'indicators', { name: { equals: indicator.name.sv } }, indicator)
    await track(result)
    indicators.set(key, await result)
  }
  const indicatorIds = new Map([...indicators].map(([key, result]) => [key, result.id]))
  for (const item of data.imports ?? []) {
    await track(seedImport(payload, item, (key) => required(indicators, key, 'indicator')))
  }

  const goalIds = new Map<string, string>()
  const focusAreaIds = new Map<string, string>()
  for (const { milestoneGoals, ...focusArea } of focusAreas) {
    const focusAreaId = await track(
      ensure(
        payload,
        'focus-areas',
        { slug: { equals: focusArea.slug } },
        {
          ...focusArea,
          programme: programmeId,
          clarifications: focusArea.clarifications.map((text) => ({ text })),
        },
      ),
    )
    focusAreaIds.set(focusArea.slug, focusAreaId)

    for (const { followUps, responsible, indicators, ...goal } of milestoneGoals) {
      const goalId = await track(
        ensure(
          payload,
          'milestone-goals',
          { and: [{ programme: { equals: programmeId } }, { code: { equals: goal.code } }] },
          {
            ...goal,
            focusArea: focusAreaId,
            responsible: responsible.map((slug) => required(organisationIds, slug, 'organisation')),
            indicators: indicators.map((key) => required(indicatorIds, key, 'indicator')),
          },
        ),
      )
      goalIds.set(goal.code, goalId)

      for (const [year, followUp] of Object.entries(followUps)) {
        await track(
          ensure(
            payload,
            'follow-ups',
            { and: [{ milestoneGoal: { equals: goalId } }, { year: { equals: Number(year) } }] },
            {
              milestoneGoal: goalId,
              year: Number(year),
              status: followUp.status,
              // Published, so reviewed and approved by the strategists.
              review: 'approved',
              commentary: localisedRichText({ sv: [followUp.commentary.sv], en: [followUp.commentary.en] }),
              _status: 'published',
            },
          ),
        )
      }
    }
  }

  const contactId = await track(ensure(payload, 'contacts', { email: { equals: data.contact.email } }, { ...data.contact }))

  for (const item of data.news) {
    await track(
      ensure(
        payload,
        'news',
        { slug: { equals: item.slug } },
        {
          ...item,
          body: localisedRichText(item.body),
          contact: contactId,
          focusAreas: item.focusAreas.map((slug) => required(focusAreaIds, slug, 'focus area')),
          milestoneGoals: item.milestoneGoals.map((code) => required(goalIds, code, 'milestone goal')),
          _status: 'published',
        },
      ),
    )
  }

  if (data.rounds) {
    await seedRounds(
      payload,
      data.rounds,
      {
        programme: programmeId,
        goal: (code) => required(goalIds, code, 'milestone goal'),
        organisation: (slug) => required(organisationIds, slug, 'organisation'),
      },
      track,
    )
  }

  const created = results.filter((r) => r.created).length
  return { created, existing: results.length - created }
}

function required<T>(ids: Map<string, T>, key: string, what: string): T {
  const id = ids.get(key)
  if (!id) throw new Error(`Seed data refers to an unknown ${what}: ${key}`)
  return id
}
