import { describe, expect, it } from 'vitest'

import { GET as getJsonLd } from '../../src/app/dcat.jsonld/route'
import { GET as getRdf } from '../../src/app/dcat.rdf/route'
import { GET as getFollowUpExport } from '../../src/app/export/[programme]/[file]/route'
import { GET as getIndicatorExport } from '../../src/app/export/indicator/[file]/route'
import { openRound } from '../helpers/follow-up-round'
import { dataOf } from '../helpers/graphql-seeded'
import { seededSite } from '../helpers/seeded-site'
import { missingMandatory } from './mandatory'
import { parseCatalogue, rdfGraph } from './parse-rdf'

const SITE = 'https://uppfoljning.example.org'
const DCAT = 'http://www.w3.org/ns/dcat#'
const DCT = 'http://purl.org/dc/terms/'

const site = seededSite()

/** A request to the site as a proxy in front of it passes one on. */
const requestTo = (path: string) =>
  new Request(`http://127.0.0.1${path}`, { headers: { host: 'uppfoljning.example.org', 'x-forwarded-proto': 'https' } })

/** What the export route at an access URL answers. */
function exportAt(accessUrl: string): Promise<Response> {
  const [, programme, file] = /^\/export\/([^/]+)\/([^/]+)$/.exec(new URL(accessUrl).pathname) ?? []
  return programme === 'indicator'
    ? getIndicatorExport(requestTo(accessUrl), { params: Promise.resolve({ file }) })
    : getFollowUpExport(requestTo(accessUrl), { params: Promise.resolve({ programme, file }) })
}

describe('/dcat.rdf and /dcat.jsonld on the seeded data', () => {
  it.each([
    ['rdf', getRdf, 'application/rdf+xml; charset=utf-8'],
    ['jsonld', getJsonLd, 'application/ld+json; charset=utf-8'],
  ] as const)('%s: describes KMPP with every mandatory property, its texts in Swedish and English', async (format, get, contentType) => {
    const response = await get(requestTo(`/dcat.${format}`))
    expect(response.headers.get('content-type')).toBe(contentType)
    const graph = rdfGraph(await parseCatalogue(await response.text(), format))
    expect(missingMandatory(graph)).toEqual([])
    expect(graph.ofType(`${DCAT}Dataset`)).toEqual([`${SITE}/dcat.rdf#kmpp-2017`])
    const title = graph.byLanguage(`${SITE}/dcat.rdf#kmpp-2017`, `${DCT}title`)
    expect(title.en).toBe('Climate and Environmental Policy Programme (KMPP)')
    expect(title.sv).not.toBe(title.en)
  })

  it("lists the programme's published years and its indicators as distributions whose access URLs the exports answer", async () => {
    const graph = rdfGraph(await parseCatalogue(await (await getRdf(requestTo('/dcat.rdf'))).text(), 'rdf'))
    const dataset = `${SITE}/dcat.rdf#kmpp-2017`
    const { programme } = dataOf(
      await site.api().post('{ programme(slug: "kmpp-2017") { years modifiedAt milestoneGoals { indicators { id } } } }'),
    )
    const indicatorIds = new Set<string>(
      programme.milestoneGoals.flatMap((goal: { indicators: Array<{ id: string }> }) => goal.indicators.map((indicator) => indicator.id)),
    )
    const urls = graph.values(dataset, `${DCAT}distribution`).map((distribution) => graph.values(distribution, `${DCAT}accessURL`)[0])
    expect(urls.length).toBe(2 * (programme.years.length + indicatorIds.size))
    expect(graph.values(dataset, `${DCT}modified`)).toEqual([programme.modifiedAt])

    const firstIndicator = `${SITE}/export/indicator/${[...indicatorIds][0]}`
    const sampled = urls.filter((url) => !url.includes('/indicator/') || url.startsWith(`${firstIndicator}.`))
    expect(sampled.length).toBe(2 * programme.years.length + 2)
    for (const url of sampled) {
      const response = await exportAt(url)
      expect(response.status, url).toBe(200)
      expect(response.headers.get('content-type'), url).toMatch(url.endsWith('.csv') ? /^text\/csv/ : /^application\/json/)
    }
  })
})

describe('Programme.modifiedAt', () => {
  const MODIFIED = '{ programme(slug: "kmpp-2017") { modifiedAt } }'

  it("does not move for what readers cannot see yet: an open round's draft assessments and actions", async () => {
    const before = dataOf(await site.api().post(MODIFIED)).programme.modifiedAt
    await openRound(site.api().payload, 2031, { '1.1': { review: 'approved', status: 'on_track' } }, ['1.1'])
    // Another query than before's, so that no cached answer can stand in for a new read.
    const after = dataOf(await site.api().post('{ programme(slug: "kmpp-2017") { years modifiedAt } }')).programme
    expect(after.years).not.toContain(2031)
    expect(after.modifiedAt).toBe(before)
  })

  it('is the latest change to the programme or what its follow-up shows, such as an indicator of one of its goals', async () => {
    const before = dataOf(await site.api().post(MODIFIED)).programme.modifiedAt
    expect(new Date(before).toISOString()).toBe(before)
    const { docs } = await site.api().payload.find({ collection: 'indicators', limit: 1, depth: 0, overrideAccess: true })
    const updated = await site.api().payload.update({
      collection: 'indicators',
      id: docs[0].id,
      data: { source: 'Ändrad källa' },
      overrideAccess: true,
    })
    const after = dataOf(await site.api().post(MODIFIED)).programme.modifiedAt
    expect(after).toBe(new Date(updated.updatedAt).toISOString())
    expect(after > before).toBe(true)
  })
})
