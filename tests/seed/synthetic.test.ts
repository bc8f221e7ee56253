import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { GOAL_CODE_PATTERN } from '../../collections/MilestoneGoals/validation'
import { SLUG_PATTERN } from '../../collections/fields/slug'
import { KMPP } from '../../src/seed/seed'
import { parseScaleArgument, seedSynthetic, syntheticProgramme, syntheticProgrammeSlug, type SyntheticData } from '../../src/seed/synthetic'
import { testPayload } from '../helpers/payload'

const range = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => first + i)

const goalsOf = (data: SyntheticData) => data.programme.focusAreas.flatMap((part) => part.milestoneGoals)

/** Every slug, indicator name and e-mail address that must be unique across programmes. */
function uniqueKeys(data: { programme: { slug: string; focusAreas: Array<{ slug: string }> }; organisations: Array<{ slug: string }>; indicators: Array<{ key: string; name: { sv: string } }>; contact: { email: string }; news: Array<{ slug: string }> }) {
  return [
    `programme:${data.programme.slug}`,
    ...data.programme.focusAreas.map((part) => `focus-area:${part.slug}`),
    ...data.organisations.map((o) => `organisation:${o.slug}`),
    ...data.indicators.map((i) => `indicator-key:${i.key}`),
    ...data.indicators.map((i) => `indicator-name:${i.name.sv}`),
    `contact:${data.contact.email}`,
    ...data.news.map((item) => `news:${item.slug}`),
  ]
}

describe('syntheticProgramme(n)', () => {
  const one = syntheticProgramme(1)
  const seven = syntheticProgramme(7)

  it('is deterministic', () => {
    expect(syntheticProgramme(7)).toEqual(seven)
    expect(JSON.stringify(syntheticProgramme(1))).toBe(JSON.stringify(one))
  })

  it('differs between programmes, and no slug, name or e-mail is shared with another one or the real programme', () => {
    expect(seven.programme.slug).toBe(syntheticProgrammeSlug(7))
    expect(seven.programme.title).toEqual({ sv: 'Syntetiskt program 7', en: 'Synthetic programme 7' })
    const keys = [one, seven, syntheticProgramme(100), KMPP].map((data) => uniqueKeys(data))
    const all = keys.flat()
    expect(new Set(all).size).toBe(all.length)
    // Not just renamed: the values differ too.
    expect(one.indicators[0].measurements).not.toEqual(seven.indicators[0].measurements)
  })

  it('has the shape of the real programme: four focus areas and a chapter with 25 goals', () => {
    const parts = seven.programme.focusAreas
    expect(parts.map((p) => p.kind)).toEqual(['focus_area', 'focus_area', 'focus_area', 'focus_area', 'chapter'])
    expect(parts.map((p) => p.order)).toEqual([1, 2, 3, 4, 5])
    expect(new Date(seven.programme.adoptedOn).getUTCFullYear()).toBe(2017)
    for (const part of parts) {
      expect(part.slug).toMatch(SLUG_PATTERN)
      expect(part.milestoneGoals).toHaveLength(5)
    }
    const goals = goalsOf(seven)
    expect(goals.map((g) => g.code)).toEqual(range(1, 5).flatMap((p) => range(1, 5).map((g) => `${p}.${g}`)))
    expect(goals.every((g) => GOAL_CODE_PATTERN.test(g.code))).toBe(true)
    const targetYears = new Set(goals.map((g) => g.targetYear))
    expect([...targetYears].sort()).toEqual(range(2018, 2030))
  })

  it('has 40 indicators with one value a year 2010-2030, each measuring one or more goals', () => {
    expect(seven.indicators).toHaveLength(40)
    const used = new Set(goalsOf(seven).flatMap((g) => g.indicators))
    expect([...used].sort()).toEqual(seven.indicators.map((i) => i.key).sort())
    for (const goal of goalsOf(seven)) expect(goal.indicators.length).toBeGreaterThanOrEqual(1)
    for (const goal of goalsOf(seven)) expect(goal.indicators.length).toBeLessThanOrEqual(2)

    for (const indicator of seven.indicators) {
      expect(indicator.measurements.map((m) => m.year)).toEqual(range(2010, 2030))
      expect(indicator.measurements.every((m) => Number.isFinite(m.value))).toBe(true)
      if (indicator.unit.en === 'per cent change') {
        expect(indicator.baseline?.value).toBe(0)
        expect(indicator.measurements.find((m) => m.year === indicator.baseline!.year)?.value).toBe(0)
      } else {
        expect(indicator.measurements.every((m) => m.value > 0)).toBe(true)
      }
      for (const point of [indicator.baseline, indicator.target]) {
        if (point) expect(point.year).toBeGreaterThanOrEqual(2010)
      }
    }
    const changes = seven.indicators.filter((i) => i.unit.en === 'per cent change')
    expect(changes.length).toBeGreaterThanOrEqual(3)
    expect(changes.some((i) => i.measurements.some((m) => m.value < 0))).toBe(true)
    expect(seven.indicators.filter((i) => i.baseline).length).toBeGreaterThan(20)
    expect(seven.indicators.filter((i) => i.target).length).toBeGreaterThan(20)
  })

  it('assesses every goal every year 2018-2030, with varying statuses', () => {
    const statuses = new Set<string>()
    for (const goal of goalsOf(seven)) {
      expect(Object.keys(goal.followUps).map(Number)).toEqual(range(2018, 2030))
      for (const followUp of Object.values(goal.followUps)) {
        statuses.add(followUp.status)
        expect(followUp.commentary.sv).toBeTruthy()
        expect(followUp.commentary.en).toBeTruthy()
      }
    }
    expect([...statuses].sort()).toEqual(['achieved', 'at_risk', 'not_achieved', 'not_assessed', 'on_track'])
  })

  it('has 200 news items in Swedish and English that refer to its own parts and goals', () => {
    const { news } = seven
    expect(news).toHaveLength(200)
    expect(new Set(news.map((n) => n.slug)).size).toBe(200)
    expect(news.every((n) => SLUG_PATTERN.test(n.slug))).toBe(true)
    expect(new Set(news.map((n) => n.publishedAt)).size).toBe(200)
    const years = news.map((n) => new Date(n.publishedAt).getUTCFullYear())
    expect(Math.min(...years)).toBe(2018)
    expect(Math.max(...years)).toBe(2030)
    const withYear = news.filter((n) => n.followUpYear !== undefined)
    expect(withYear.length).toBeGreaterThan(150)
    expect(withYear.length).toBeLessThan(200)
    expect(news.some((n) => /[åäö]/.test(n.title.sv + n.lead.sv + n.body.sv.join(' ')))).toBe(true)

    const partSlugs = new Set(seven.programme.focusAreas.map((p) => p.slug))
    const codes = new Set(goalsOf(seven).map((g) => g.code))
    for (const item of news) {
      expect(item.title.sv).not.toBe(item.title.en)
      expect(item.body.sv.length).toBe(item.body.en.length)
      expect(item.focusAreas.length).toBeGreaterThanOrEqual(1)
      expect(item.focusAreas.length).toBeLessThanOrEqual(2)
      expect(item.focusAreas.every((slug) => partSlugs.has(slug))).toBe(true)
      expect(item.milestoneGoals.length).toBeGreaterThanOrEqual(1)
      expect(item.milestoneGoals.every((code) => codes.has(code))).toBe(true)
      expect(item.contact).toBe(seven.contact.email)
    }
  })

  it('refers only to its own organisations and indicators', () => {
    const organisations = new Set(seven.organisations.map((o) => o.slug))
    const indicators = new Set(seven.indicators.map((i) => i.key))
    for (const goal of goalsOf(seven)) {
      expect(goal.responsible.length).toBeGreaterThanOrEqual(1)
      expect(goal.responsible.every((slug) => organisations.has(slug))).toBe(true)
      expect(goal.indicators.every((key) => indicators.has(key))).toBe(true)
    }
    expect(seven.organisations.every((o) => SLUG_PATTERN.test(o.slug))).toBe(true)
  })
})

describe('parseScaleArgument', () => {
  it('reads --scale N and --scale=N', () => {
    expect(parseScaleArgument([])).toEqual({})
    expect(parseScaleArgument(['--', 'x'])).toEqual({})
    expect(parseScaleArgument(['--scale', '3'])).toEqual({ scale: 3 })
    expect(parseScaleArgument(['run', 'src/seed/cli.ts', '--scale=1000'])).toEqual({ scale: 1000 })
  })

  it('refuses anything but a whole number from 1 to 1000', () => {
    for (const args of [['--scale'], ['--scale='], ['--scale', '0'], ['--scale', '1001'], ['--scale', '2.5'], ['--scale', '-3'], ['--scale=abc'], ['--scale', '--other'], ['--scale=2', '--scale=3']]) {
      expect(parseScaleArgument(args).error, args.join(' ')).toMatch(/--scale/)
      expect(parseScaleArgument(args).scale).toBeUndefined()
    }
  })
})

describe('seedSynthetic on a database', () => {
  let payload: Payload
  const lines: string[] = []

  beforeAll(async () => {
    payload = await testPayload()
  })

  it('loads programmes 1..scale, then nothing when run again', { timeout: 600_000 }, async () => {
    const first = await seedSynthetic(payload, 2, (line) => lines.push(line))
    expect(first.created).toBeGreaterThan(2 * 500)
    console.log(lines.join('\n'))
    expect(lines.filter((line) => line.startsWith('Synthetic programme '))).toHaveLength(2)

    const { docs: programmes } = await payload.find({ collection: 'programmes', depth: 0, overrideAccess: true, pagination: false })
    expect(programmes.map((p) => p.slug).sort()).toEqual([syntheticProgrammeSlug(1), syntheticProgrammeSlug(2)])
    for (const programme of programmes) {
      const count = async (collection: 'milestone-goals' | 'follow-ups') =>
        (await payload.count({ collection, where: { programme: { equals: programme.id } }, overrideAccess: true })).totalDocs
      expect(await count('milestone-goals')).toBe(25)
      expect(await count('follow-ups')).toBe(25 * 13)
    }
    expect((await payload.count({ collection: 'indicators', overrideAccess: true })).totalDocs).toBe(80)
    expect((await payload.count({ collection: 'news', overrideAccess: true })).totalDocs).toBe(400)

    // English texts and array rows survive the second locale.
    const expected = syntheticProgramme(2).indicators[0]
    const { docs: [stored] } = await payload.find({ collection: 'indicators', where: { name: { equals: expected.name.sv } }, overrideAccess: true })
    const english = await payload.findByID({ collection: 'indicators', id: stored.id, locale: 'en', overrideAccess: true })
    expect(english.name).toBe(expected.name.en)
    expect(english.measurements?.map((m) => [m.year, m.value])).toEqual(expected.measurements.map((m) => [m.year, m.value]))

    const again = await seedSynthetic(payload, 2, () => {})
    expect(again).toEqual({ created: 0, existing: first.created })
  })
})
