import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { progress, trend } from '../../src/figures'
import { contact as seedContact, news as seedNews } from '../../src/seed/data/news'
import { organisations as seedOrganisations } from '../../src/seed/data/organisations'
import { programme as seedProgramme } from '../../src/seed/data/programme'
import { richTextFromParagraphs } from '../../src/shared/richtext'
import { unknownDocumentId } from '../helpers/document-ids'
import { makeMedia } from '../helpers/fixtures'
import { dataOf, errorCodeOf, SEED_GOALS, type SeededApi, seededApi, seedIndicator } from '../helpers/graphql-seeded'

let api: SeededApi
const query = async <T = any>(source: string, variables?: Record<string, unknown>) => dataOf<T>(await api.post<T>(source, variables))

beforeAll(async () => {
  api = await seededApi()
})
afterAll(async () => {
  await api?.close()
})

const [seedItem] = seedNews
const sortedSv = (values: string[]) => [...values].sort((a, b) => a.localeCompare(b, 'sv'))
const codesOf = (goals: Array<{ code: string }>) => goals.map((goal) => goal.code)
/** Codes in the programme's natural order (1.2 before 1.10), which is the seed's order. */
const seedOrder = (codes: string[]) => SEED_GOALS.map((goal) => goal.code).filter((code) => codes.includes(code))

async function goalId(code: string): Promise<string> {
  const { programme } = await query(`{ programme(slug: "kmpp-2017") { milestoneGoals { id code } } }`)
  const goal = programme.milestoneGoals.find((candidate: { code: string }) => candidate.code === code)
  if (!goal) throw new Error(`No goal ${code} in the API`)
  return goal.id
}

describe('programmes and programme(slug)', () => {
  const PROGRAMME = `
    slug title adoptedOn adoptedBy documentUrl
    description
    descriptionText: description(format: TEXT)
    focusAreas { slug title kind order goal clarifications programme { slug } milestoneGoals { code } }
    milestoneGoals { code targetYear }
    years
    latestFollowUp { year goalCount }`

  it('lists the seeded programme with its texts, its five parts in order, its years and its latest follow-up', async () => {
    const { programmes } = await query(`{ programmes { ${PROGRAMME} } }`)
    expect(programmes).toHaveLength(1)
    const [programme] = programmes
    expect(programme).toMatchObject({
      slug: 'kmpp-2017',
      title: seedProgramme.title.sv,
      adoptedOn: '2017-10-09',
      adoptedBy: 'Kommunfullmäktige',
      documentUrl: null,
      years: [2018, 2019, 2020],
      latestFollowUp: { year: 2020, goalCount: 25 },
    })
    expect(programme.title).toBe('Klimat- och miljöpolitiskt program (KMPP)')
    expect(programme.focusAreas.map((area: { slug: string; kind: string }) => [area.slug, area.kind])).toEqual([
      ['fossilfria-resor-och-transporter', 'FOCUS_AREA'],
      ['hallbar-stadsutveckling', 'FOCUS_AREA'],
      ['rent-vatten-och-naturens-mangfald', 'FOCUS_AREA'],
      ['hallbar-konsumtion-och-resurseffektiva-kretslopp', 'FOCUS_AREA'],
      ['kommunikation-och-samverkan', 'CHAPTER'],
    ])
    seedProgramme.focusAreas.forEach((seedArea, i) => {
      expect(programme.focusAreas[i]).toEqual({
        slug: seedArea.slug,
        title: seedArea.title.sv,
        kind: seedArea.kind.toUpperCase(),
        order: seedArea.order,
        goal: seedArea.goal.sv,
        clarifications: seedArea.clarifications.map((c) => c.sv),
        programme: { slug: 'kmpp-2017' },
        milestoneGoals: seedArea.milestoneGoals.map((goal) => ({ code: goal.code })),
      })
    })
    expect(codesOf(programme.milestoneGoals)).toEqual(SEED_GOALS.map((goal) => goal.code))
    expect(programme.milestoneGoals.map((goal: { targetYear: number }) => goal.targetYear)).toEqual(
      SEED_GOALS.map((goal) => goal.targetYear),
    )
  })

  it('renders the description as HTML paragraphs or as plain text without tags', async () => {
    const { programme } = await query(`{ programme(slug: "kmpp-2017") { description descriptionText: description(format: TEXT) } }`)
    expect(programme.description).toMatch(/^<p>/)
    expect(programme.description.match(/<p>/g)).toHaveLength(seedProgramme.description.sv.length)
    expect(programme.description).toContain('antog det den 9 oktober 2017')
    expect(programme.descriptionText).not.toMatch(/[<>]/)
    for (const paragraph of seedProgramme.description.sv) expect(programme.descriptionText).toContain(paragraph)
  })

  it('finds the programme by slug, and gives null for an unknown slug', async () => {
    const { programme, unknown } = await query(
      `{ programme(slug: "kmpp-2017") { ${PROGRAMME} } unknown: programme(slug: "finns-inte") { slug } }`,
    )
    const { programmes } = await query(`{ programmes { ${PROGRAMME} } }`)
    expect(programme).toEqual(programmes[0])
    expect(unknown).toBeNull()
  })

  it('gives the English texts with locale: EN', async () => {
    const { programme } = await query(`{ programme(slug: "kmpp-2017", locale: EN) {
      title adoptedBy descriptionText: description(format: TEXT) focusAreas { title goal clarifications } } }`)
    expect(programme.title).toBe('Climate and Environmental Policy Programme (KMPP)')
    expect(programme.title).toBe(seedProgramme.title.en)
    expect(programme.adoptedBy).toBe(seedProgramme.adoptedBy.en)
    expect(programme.descriptionText).toContain(seedProgramme.description.en[0])
    expect(programme.focusAreas).toEqual(
      seedProgramme.focusAreas.map((area) => ({
        title: area.title.en,
        goal: area.goal.en,
        clarifications: area.clarifications.map((c) => c.en),
      })),
    )
  })

  it('gives the same report through Programme.followUp(year) as through the root followUp', async () => {
    const REPORT = `year goalCount assessedCount statusCounts { status count } goals { milestoneGoal { code } status change }`
    const { programme, followUp } = await query(`{
      programme(slug: "kmpp-2017") { followUp(year: 2019) { ${REPORT} } }
      followUp(programme: "kmpp-2017", year: 2019) { ${REPORT} } }`)
    expect(programme.followUp).toEqual(followUp)
    expect(followUp.year).toBe(2019)
  })
})

describe('followUp', () => {
  it('gives a programme’s report for a year, with its programme', async () => {
    const { followUp } = await query(
      `{ followUp(programme: "kmpp-2017", year: 2020) { year goalCount programme { slug title } goals { milestoneGoal { code } } } }`,
    )
    expect(followUp).toMatchObject({ year: 2020, goalCount: 25, programme: { slug: 'kmpp-2017', title: seedProgramme.title.sv } })
    expect(codesOf(followUp.goals.map((g: { milestoneGoal: { code: string } }) => g.milestoneGoal))).toEqual(SEED_GOALS.map((g) => g.code))
  })
})

describe('milestoneGoal(id)', () => {
  const GOAL = `id code text targetYear focusArea { slug } responsible { slug kind } indicators { name }
    assessments { year status commentary commentaryText: commentary(format: TEXT) }
    assessment(year: 2020) { year status commentary(format: TEXT) }
    none: assessment(year: 2017) { year }`

  it('gives a goal with its focus area, responsible organisations, indicators and assessments', async () => {
    const seedGoal = SEED_GOALS.find((goal) => goal.code === '1.1')!
    const id = await goalId('1.1')
    const { milestoneGoal } = await query(`query($id: ID!) { milestoneGoal(id: $id) { ${GOAL} } }`, { id })
    expect(milestoneGoal).toMatchObject({
      id,
      code: '1.1',
      text: 'Andelen inköpt fossilfritt drivmedel har ökat till totalt 50 procent.',
      targetYear: 2020,
      focusArea: { slug: 'fossilfria-resor-och-transporter' },
      assessment: { year: 2020, status: 'ON_TRACK', commentary: seedGoal.followUps[2020].commentary.sv },
      none: null,
    })
    expect(milestoneGoal.responsible.map((org: { slug: string }) => org.slug).sort()).toEqual([...seedGoal.responsible].sort())
    expect(milestoneGoal.responsible.find((org: { slug: string }) => org.slug === 'tornberget').kind).toBe('COMPANY')
    expect(milestoneGoal.indicators.map((i: { name: string }) => i.name).sort()).toEqual(
      seedGoal.indicators.map((key) => seedIndicator(key).name.sv).sort(),
    )
    expect(milestoneGoal.assessments.map((a: { year: number; status: string }) => [a.year, a.status])).toEqual([
      [2018, 'AT_RISK'],
      [2019, 'ON_TRACK'],
      [2020, 'ON_TRACK'],
    ])
    for (const assessment of milestoneGoal.assessments) {
      const expected = seedGoal.followUps[assessment.year as 2018 | 2019 | 2020].commentary.sv
      expect(assessment.commentary).toBe(`<p>${expected}</p>`)
      expect(assessment.commentaryText).toBe(expected)
    }
  })

  it('gives the English text and commentary with locale: EN', async () => {
    const seedGoal = SEED_GOALS.find((goal) => goal.code === '4.6')!
    const { milestoneGoal } = await query(
      `query($id: ID!) { milestoneGoal(id: $id, locale: EN) { text assessment(year: 2019) { commentary(format: TEXT) } } }`,
      {
        id: await goalId('4.6'),
      },
    )
    expect(milestoneGoal).toEqual({ text: seedGoal.text.en, assessment: { commentary: seedGoal.followUps[2019].commentary.en } })
  })

  it('is null for an unknown ID', async () => {
    const { milestoneGoal } = await query(`query($id: ID!) { milestoneGoal(id: $id) { code } }`, { id: unknownDocumentId() })
    expect(milestoneGoal).toBeNull()
  })
})

describe('indicator(id)', () => {
  it('gives every value, the baseline and target, and progress and trend as the figures compute them', async () => {
    const seed = seedIndicator('charging-and-biogas-stations')
    const { milestoneGoal } = await query(`query($id: ID!) { milestoneGoal(id: $id) { indicators { id } } }`, { id: await goalId('1.3') })
    const { indicator } = await query(
      `query($id: ID!) { indicator(id: $id) {
        id name unit direction source baseline { year value } target { year value } series { year value } latest { year value }
        progress { status ratio observedRate requiredRate method baseYear currentYear } trend { status slope relativeSlope }
        milestoneGoals { code } } }`,
      { id: milestoneGoal.indicators[0].id },
    )
    expect(indicator).toMatchObject({
      name: 'Antal publika laddstolpar för elbilar och tankställen för biogas',
      unit: seed.unit.sv,
      direction: 'INCREASE',
      source: seed.source.sv,
      baseline: { year: 2016, value: 24 },
      target: { year: 2022, value: 72 },
      latest: { year: 2020, value: 63 },
      milestoneGoals: [{ code: '1.3' }],
    })
    expect(indicator.name).toBe(seed.name.sv)
    expect(indicator.series).toEqual(seed.measurements.map(({ year, value }) => ({ year, value })))

    const expected = progress({ direction: seed.direction, baseline: seed.baseline, target: seed.target, measurements: seed.measurements })
    expect(indicator.progress.status).toBe(expected.status.toUpperCase())
    expect(indicator.progress.method).toBe(expected.method?.toUpperCase())
    expect(indicator.progress.ratio).toBeCloseTo(expected.ratio!, 10)
    expect(indicator.progress.observedRate).toBeCloseTo(expected.observedRate!, 10)
    expect(indicator.progress.requiredRate).toBeCloseTo(expected.requiredRate!, 10)
    expect([indicator.progress.baseYear, indicator.progress.currentYear]).toEqual([2016, 2020])

    const expectedTrend = trend(seed.direction, seed.measurements)
    expect(indicator.trend.status).toBe(expectedTrend.status.toUpperCase())
    expect(indicator.trend.slope).toBeCloseTo(expectedTrend.slope!, 10)
    expect(indicator.trend.relativeSlope).toBeCloseTo(expectedTrend.relativeSlope!, 10)
  })

  it('gives the English name, unit and source with locale: EN, and null for an unknown ID', async () => {
    const seed = seedIndicator('food-waste-per-portion')
    const { milestoneGoal } = await query(`query($id: ID!) { milestoneGoal(id: $id) { indicators { id name } } }`, {
      id: await goalId('4.3'),
    })
    const id = milestoneGoal.indicators.find((i: { name: string }) => i.name === seed.name.sv).id
    const { indicator, unknown } = await query(
      `query($id: ID!, $unknown: ID!) {
        indicator(id: $id, locale: EN) { name unit source direction }
        unknown: indicator(id: $unknown) { id }
      }`,
      { id, unknown: unknownDocumentId() },
    )
    expect(indicator).toEqual({ name: seed.name.en, unit: seed.unit.en, source: seed.source.en, direction: 'DECREASE' })
    expect(unknown).toBeNull()
  })
})

describe('organisations and organisation(slug)', () => {
  it('lists the nine organisations by name, Tornberget and Haninge Bostäder as companies', async () => {
    const { organisations } = await query(`{ organisations { slug name kind } }`)
    expect(organisations.map((org: { name: string }) => org.name)).toEqual(sortedSv(seedOrganisations.map((org) => org.name.sv)))
    expect(organisations).toHaveLength(9)
    for (const org of organisations) {
      expect(org.kind).toBe(['tornberget', 'haninge-bostader'].includes(org.slug) ? 'COMPANY' : 'ADMINISTRATION')
    }
  })

  it('gives English names with locale: EN', async () => {
    const { organisations } = await query(`{ organisations(locale: EN) { slug name } }`)
    expect(organisations.map((org: { name: string }) => org.name).sort()).toEqual(seedOrganisations.map((org) => org.name.en).sort())
    expect(organisations.find((org: { slug: string }) => org.slug === 'kommunstyrelseforvaltningen').name).toBe(
      'Municipal Executive Office',
    )
  })

  it('finds a company by slug with the goals it is responsible for, in code order', async () => {
    const { tornberget, bostader, unknown } = await query(`{
      tornberget: organisation(slug: "tornberget") { slug name kind milestoneGoals { code } }
      bostader: organisation(slug: "haninge-bostader") { name kind }
      unknown: organisation(slug: "finns-inte") { slug } }`)
    expect(tornberget).toMatchObject({ slug: 'tornberget', name: 'Tornberget', kind: 'COMPANY' })
    const expected = seedOrder(SEED_GOALS.filter((goal) => goal.responsible.includes('tornberget')).map((goal) => goal.code))
    expect(codesOf(tornberget.milestoneGoals)).toEqual(expected)
    expect(codesOf(tornberget.milestoneGoals)).toEqual(['1.1', '1.3', '2.1', '2.2', '4.4', '4.6', '4.7', '5.1'])
    expect(bostader).toEqual({ name: 'Haninge Bostäder', kind: 'COMPANY' })
    expect(unknown).toBeNull()
  })
})

describe('newsItem(slug) and news', () => {
  const ITEM = `id slug title lead body bodyText: body(format: TEXT) publishedAt updatedAt followUpYear draft
    heroImage { url } contact { name role phone email } focusAreas { slug } milestoneGoals { code }`

  it('gives the seeded follow-up news item with its contact, focus areas and goals', async () => {
    const { newsItem } = await query(`{ newsItem(slug: "uppfoljning-av-kmpp-2020") { ${ITEM} } }`)
    expect(newsItem).toMatchObject({
      slug: 'uppfoljning-av-kmpp-2020',
      title: 'Uppföljning av klimat- och miljöpolitiska programmet 2020',
      lead: seedItem.lead.sv,
      publishedAt: '2020-06-15T08:00:00.000Z',
      followUpYear: 2020,
      draft: false,
      heroImage: null,
      contact: { name: 'Elin Bergkvist', role: 'Klimat- och miljöstrateg', phone: '08-606 70 00', email: 'elin.bergkvist@haninge.se' },
    })
    expect(newsItem.contact).toEqual({ ...seedContact, role: seedContact.role.sv })
    expect(newsItem.focusAreas.map((area: { slug: string }) => area.slug).sort()).toEqual([...seedItem.focusAreas].sort())
    expect(codesOf(newsItem.milestoneGoals).sort()).toEqual([...seedItem.milestoneGoals].sort())
    expect(newsItem.milestoneGoals).toHaveLength(12)
    expect(Date.parse(newsItem.updatedAt)).not.toBeNaN()
  })

  it('renders the body as HTML with headings and paragraphs, or as plain text', async () => {
    const { newsItem } = await query(`{ newsItem(slug: "uppfoljning-av-kmpp-2020") { body bodyText: body(format: TEXT) } }`)
    expect(newsItem.body).toContain('<h2>Fossilfria resor och transporter</h2>')
    expect(newsItem.body).toContain(`<p>${seedItem.body.sv[0]}</p>`)
    expect(newsItem.bodyText).not.toMatch(/[<>]/)
    expect(newsItem.bodyText).toContain('Fossilfria resor och transporter')
    expect(newsItem.bodyText).toContain(seedItem.body.sv.at(-1))
  })

  it('gives the English texts and the contact’s English role with locale: EN', async () => {
    const { newsItem } = await query(
      `{ newsItem(slug: "uppfoljning-av-kmpp-2020", locale: EN) { title lead bodyText: body(format: TEXT) contact { role } } }`,
    )
    expect(newsItem).toMatchObject({
      title: seedItem.title.en,
      lead: seedItem.lead.en,
      contact: { role: 'Climate and environment strategist' },
    })
    expect(newsItem.bodyText).toContain(seedItem.body.en[0])
  })

  it('is null for an unknown slug', async () => {
    expect((await query(`{ newsItem(slug: "finns-inte") { slug } }`)).newsItem).toBeNull()
  })

  it('lists the published news newest first', async () => {
    const { news } = await query(`{ news { totalCount edges { cursor node { slug } } pageInfo { hasNextPage hasPreviousPage } } }`)
    expect(news.totalCount).toBe(1)
    expect(news.edges.map((edge: { node: { slug: string } }) => edge.node.slug)).toEqual(['uppfoljning-av-kmpp-2020'])
    expect(news.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false })
  })
})

describe('content added after seeding', () => {
  let heroSlug: string
  let linkSlug: string

  beforeAll(async () => {
    const { payload } = api
    await payload.create({
      collection: 'organisations',
      data: { name: 'Miljöförvaltningen utan översättning', slug: 'endast-svenska', kind: 'administration' },
      locale: 'sv',
      overrideAccess: true,
    })
    await payload.create({
      collection: 'news',
      data: {
        title: 'Bara på svenska',
        slug: 'bara-pa-svenska',
        lead: 'Svensk ingress.',
        body: richTextFromParagraphs(['Svensk brödtext.']),
        _status: 'published',
      },
      locale: 'sv',
      overrideAccess: true,
    })
    const media = await makeMedia(payload)
    heroSlug = 'nyhet-med-bild'
    await payload.create({
      collection: 'news',
      data: { title: 'Nyhet med bild', slug: heroSlug, heroImage: media.id, publishedAt: '2019-03-01T08:00:00.000Z', _status: 'published' },
      overrideAccess: true,
    })
    const text = (value: string) => ({ type: 'text', text: value, detail: 0, format: 0, mode: 'normal', style: '', version: 1 })
    const link = (url: string, label: string) => ({
      type: 'link',
      version: 3,
      direction: 'ltr',
      format: '',
      indent: 0,
      fields: { url, linkType: 'custom', newTab: false },
      children: [text(label)],
    })
    linkSlug = 'nyhet-med-lankar'
    await payload.create({
      collection: 'news',
      data: {
        title: 'Nyhet med länkar',
        slug: linkSlug,
        _status: 'published',
        body: {
          root: {
            type: 'root',
            version: 1,
            direction: 'ltr',
            format: '',
            indent: 0,
            children: [
              {
                type: 'paragraph',
                version: 1,
                direction: 'ltr',
                format: '',
                indent: 0,
                textFormat: 0,
                children: [
                  text('Före <script>alert(1)</script> '),
                  link('javascript:alert(2)', 'farlig'),
                  text(' och '),
                  link('https://www.haninge.se/', 'kommunen'),
                ],
              },
            ],
          },
        },
      },
      overrideAccess: true,
    })
  })

  it('falls back to Swedish for a text without an English translation', async () => {
    const { organisation, organisations, newsItem } = await query(`{
      organisation(slug: "endast-svenska", locale: EN) { name kind }
      organisations(locale: EN) { slug name }
      newsItem(slug: "bara-pa-svenska", locale: EN) { title lead bodyText: body(format: TEXT) } }`)
    expect(organisation).toEqual({ name: 'Miljöförvaltningen utan översättning', kind: 'ADMINISTRATION' })
    expect(organisations.find((org: { slug: string }) => org.slug === 'endast-svenska').name).toBe('Miljöförvaltningen utan översättning')
    expect(organisations.find((org: { slug: string }) => org.slug === 'tornberget').name).toBe('Tornberget')
    expect(newsItem).toEqual({ title: 'Bara på svenska', lead: 'Svensk ingress.', bodyText: 'Svensk brödtext.' })
  })

  it('gives a news item’s hero image with its alternative text and size', async () => {
    const { newsItem } = await query(`query($slug: String!) { newsItem(slug: $slug) { heroImage { url alt width height } } }`, {
      slug: heroSlug,
    })
    expect(newsItem.heroImage).toMatchObject({ alt: 'En grön rektangel', width: 64, height: 48 })
    expect(newsItem.heroImage.url).toMatch(/bild.*\.png$/)
  })

  it('sanitises HTML: no script, no javascript: links, external links get rel="noopener noreferrer"', async () => {
    const { newsItem } = await query(`query($slug: String!) { newsItem(slug: $slug) { body bodyText: body(format: TEXT) } }`, {
      slug: linkSlug,
    })
    expect(newsItem.body).not.toMatch(/<script/i)
    expect(newsItem.body).not.toMatch(/javascript:/i)
    expect(newsItem.body).toContain('<a href="https://www.haninge.se/" rel="noopener noreferrer">kommunen</a>')
    expect(newsItem.bodyText).toBe('Före <script>alert(1)</script> farlig och kommunen')
  })
})

describe('enum values', () => {
  const ORGANISATIONS = `query($locale: Locale) { organisations(locale: $locale) { slug name kind } }`
  const nameOf = (organisations: Array<{ slug: string; name: string }>) =>
    organisations.find((org) => org.slug === 'kommunstyrelseforvaltningen')?.name

  it('are taken by their API names, as a literal and as a variable; a null locale is Swedish', async () => {
    const literal = await query(`{ organisations(locale: EN) { slug name kind } }`)
    const variable = await query(ORGANISATIONS, { locale: 'EN' })
    expect(variable).toEqual(literal)
    expect(nameOf(variable.organisations)).toBe('Municipal Executive Office')
    expect(nameOf((await query(ORGANISATIONS, { locale: null })).organisations)).toBe(nameOf((await query(ORGANISATIONS)).organisations))
    expect(nameOf((await query(ORGANISATIONS, { locale: 'SV' })).organisations)).not.toBe('Municipal Executive Office')
  })

  it('refuse the stored value in place of the API name', async () => {
    expect(errorCodeOf(await api.post(ORGANISATIONS, { locale: 'en' }))).toBe('BAD_USER_INPUT')
  })

  it('answer with their API names, never the stored values', async () => {
    const { followUp } = await query(`{ followUp(programme: "kmpp-2017", year: 2020) {
      statusCounts { status }
      goals { status previousStatus change indicators { direction trend { status } progress { status method } } }
      focusAreas { focusArea { kind } }
    } }`)
    expect(followUp.statusCounts.map((entry: { status: string }) => entry.status)).toEqual([
      'ACHIEVED',
      'ON_TRACK',
      'AT_RISK',
      'NOT_ACHIEVED',
      'NOT_ASSESSED',
    ])
    expect(new Set(followUp.focusAreas.map((area: { focusArea: { kind: string } }) => area.focusArea.kind))).toEqual(
      new Set(['FOCUS_AREA', 'CHAPTER']),
    )
    const values = JSON.stringify(followUp.goals).match(/"(status|previousStatus|change|direction|method)":"[^"]*"/g) ?? []
    expect(values.length).toBeGreaterThan(100)
    for (const value of values) expect(value).toMatch(/:"[A-Z_]+"$/)
  })
})
