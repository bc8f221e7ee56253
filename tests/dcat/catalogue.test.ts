import { describe, expect, it } from 'vitest'

import { type CatalogueFormat, type CatalogueProgramme, catalogueGraph, serialiseCatalogue } from '../../src/app/dcat/catalogue'
import { catalogueConfig } from '../../src/app/dcat/config'
import { missingMandatory } from './mandatory'
import { parseCatalogue, rdfGraph, tripleKeys } from './parse-rdf'

const SITE = 'https://uppfoljning.example.org'
const DCAT = 'http://www.w3.org/ns/dcat#'
const DCT = 'http://purl.org/dc/terms/'
const XSD = 'http://www.w3.org/2001/XMLSchema#'

const programme: CatalogueProgramme = {
  slug: 'kmpp-2017',
  title: { sv: 'Klimat- och miljöpolitiskt program', en: 'Climate and environmental policy programme' },
  description: { sv: 'Programmet & dess <mål>.\u0007', en: null },
  years: [2019, 2020],
  modifiedAt: '2021-03-04T05:06:07.000Z',
  indicators: [{ id: '6f1c2a9e-0000-4000-8000-000000000001', name: { sv: 'Utsläpp', en: 'Emissions' } }],
  valueYears: [2016, 2021, 2018],
}
const config = catalogueConfig({})

/** The catalogue written in `format` and read back by another library's parser. */
async function read(format: CatalogueFormat, programmes = [programme], configured = config) {
  return rdfGraph(await parseCatalogue(serialiseCatalogue(catalogueGraph(SITE, configured, programmes), format), format))
}

describe.each(['rdf', 'jsonld'] as const)('the catalogue in %s', (format) => {
  it('has every property DCAT-AP-SE makes mandatory, on every catalogue, dataset, distribution, publisher and contact point', async () => {
    expect(missingMandatory(await read(format))).toEqual([])
  })

  it('would be found lacking without an access URL or with two formats (the check checks)', async () => {
    const { quads } = await read(format)
    const [first] = quads.filter((quad) => quad.predicate.value === `${DCAT}accessURL`)
    const lacking = missingMandatory(rdfGraph(quads.filter((quad) => quad !== first)))
    expect(lacking).toEqual([`distribution <${first.subject.value}> <${DCAT}accessURL> ×0`])
    const twoFormats = quads.map((quad) => (quad.predicate.value === `${DCT}format` ? quad : null)).filter((quad) => quad !== null)
    const doubled = missingMandatory(
      rdfGraph([...quads, ...twoFormats.map((quad) => ({ ...quad, object: { ...quad.object, value: 'text/plain' } }) as typeof quad)]),
    )
    expect(doubled.length).toBe(twoFormats.length)
  })

  it('describes the programme in Swedish and English, by the municipality, with a contact point, theme, period and modification date', async () => {
    const graph = await read(format)
    const [dataset] = graph.ofType(`${DCAT}Dataset`)
    expect(dataset).toBe(`${SITE}/dcat.rdf#kmpp-2017`)
    expect(graph.byLanguage(dataset, `${DCT}title`)).toEqual(programme.title)
    const description = graph.byLanguage(dataset, `${DCT}description`)
    expect(description.sv).toContain('Programmet & dess <mål>.')
    expect(description.sv).not.toContain('\u0007')
    expect(description.en).toMatch(/^The follow-up of Climate and environmental policy programme year by year/)
    expect(graph.values(dataset, `${DCT}publisher`)).toEqual(['http://dataportal.se/organisation/SE2120000142'])
    expect(graph.values('http://dataportal.se/organisation/SE2120000142', 'http://xmlns.com/foaf/0.1/name')).toEqual(['Haninge kommun'])
    const [contact] = graph.values(dataset, `${DCAT}contactPoint`)
    expect(graph.values(contact, 'http://www.w3.org/2006/vcard/ns#hasEmail')).toEqual(['mailto:kommunen@haninge.se'])
    expect(graph.values(dataset, `${DCAT}theme`)).toEqual(['http://publications.europa.eu/resource/authority/data-theme/ENVI'])
    expect(graph.objects(dataset, `${DCT}modified`)).toMatchObject([
      { value: '2021-03-04T05:06:07.000Z', datatype: { value: `${XSD}dateTime` } },
    ])
    const [period] = graph.values(dataset, `${DCT}temporal`)
    expect(graph.objects(period, `${DCAT}startDate`)).toMatchObject([{ value: '2016-01-01', datatype: { value: `${XSD}date` } }])
    expect(graph.objects(period, `${DCAT}endDate`)).toMatchObject([{ value: '2021-12-31', datatype: { value: `${XSD}date` } }])
    expect(graph.values(dataset, `${DCAT}landingPage`)).toEqual([`${SITE}/uppfoljning/kmpp-2017/2020`])
  })

  it("has a CSV and a JSON distribution of each year's follow-up and each indicator, at the exports' addresses", async () => {
    const graph = await read(format)
    const [dataset] = graph.ofType(`${DCAT}Dataset`)
    const distributions = graph.values(dataset, `${DCAT}distribution`).map((distribution) => ({
      url: graph.values(distribution, `${DCAT}accessURL`)[0],
      download: graph.values(distribution, `${DCAT}downloadURL`)[0],
      format: graph.values(distribution, `${DCT}format`)[0],
      mediaType: graph.values(distribution, `${DCAT}mediaType`)[0],
      license: graph.values(distribution, `${DCT}license`)[0],
      title: graph.byLanguage(distribution, `${DCT}title`),
    }))
    const indicator = `${SITE}/export/indicator/${programme.indicators[0].id}`
    expect(distributions.map((distribution) => distribution.url).sort()).toEqual(
      [
        `${SITE}/export/kmpp-2017/2019.csv`,
        `${SITE}/export/kmpp-2017/2019.json`,
        `${SITE}/export/kmpp-2017/2020.csv`,
        `${SITE}/export/kmpp-2017/2020.json`,
        `${indicator}.csv`,
        `${indicator}.json`,
      ].sort(),
    )
    expect(distributions.find((distribution) => distribution.url === `${indicator}.json`)).toEqual({
      url: `${indicator}.json`,
      download: `${indicator}.json`,
      format: 'application/json',
      mediaType: 'https://www.iana.org/assignments/media-types/application/json',
      license: 'http://creativecommons.org/publicdomain/zero/1.0/',
      title: { sv: 'Indikator: Utsläpp (JSON)', en: 'Indicator: Emissions (JSON)' },
    })
    expect(distributions.find((distribution) => distribution.url.endsWith('2019.csv'))).toMatchObject({
      format: 'text/csv',
      mediaType: 'https://www.iana.org/assignments/media-types/text/csv',
      title: { sv: 'Uppföljning 2019 (CSV)', en: 'Follow-up 2019 (CSV)' },
    })
  })

  it('is CC0 unless another licence is configured, and names the configured publisher', async () => {
    const [catalogue] = (await read(format)).ofType(`${DCAT}Catalog`)
    expect((await read(format)).values(catalogue, `${DCT}license`)).toEqual(['http://creativecommons.org/publicdomain/zero/1.0/'])
    const configured = catalogueConfig({
      DCAT_LICENSE: 'http://creativecommons.org/licenses/by/4.0/',
      DCAT_PUBLISHER_NAME: 'Exempel kommun',
      DCAT_PUBLISHER_URI: 'http://dataportal.se/organisation/SE2120000000',
      DCAT_CONTACT_EMAIL: 'data@example.org',
    })
    const graph = await read(format, [programme], configured)
    expect(graph.values(catalogue, `${DCT}license`)).toEqual(['http://creativecommons.org/licenses/by/4.0/'])
    expect(graph.values(catalogue, `${DCT}publisher`)).toEqual(['http://dataportal.se/organisation/SE2120000000'])
    expect(graph.values(`${SITE}/dcat.rdf#contact`, 'http://www.w3.org/2006/vcard/ns#hasEmail')).toEqual(['mailto:data@example.org'])
  })
})

describe('the two serialisations', () => {
  it('are written also when arrays inherit an enumerable method, as drizzle-kit gives them', async () => {
    Object.defineProperty(Array.prototype, 'extension', { value: () => 0, enumerable: true, configurable: true })
    try {
      expect(missingMandatory(await read('rdf'))).toEqual([])
      expect(missingMandatory(await read('jsonld'))).toEqual([])
    } finally {
      delete (Array.prototype as unknown as Record<string, unknown>).extension
    }
  })

  it('hold the same triples', async () => {
    const [xml, json] = await Promise.all([read('rdf'), read('jsonld')])
    expect(xml.quads.length).toBeGreaterThan(50)
    expect(tripleKeys(json.quads)).toEqual(tripleKeys(xml.quads))
  })

  it('leave out the period and landing page of a programme with neither follow-ups nor values', async () => {
    const graph = await read('rdf', [{ ...programme, years: [], valueYears: [], indicators: [] }])
    const [dataset] = graph.ofType(`${DCAT}Dataset`)
    expect(graph.values(dataset, `${DCT}temporal`)).toEqual([])
    expect(graph.values(dataset, `${DCAT}landingPage`)).toEqual([])
    expect(graph.values(dataset, `${DCAT}distribution`)).toEqual([])
  })
})
