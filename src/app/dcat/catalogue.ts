/**
 * The site's open data as a DCAT-AP-SE catalogue (https://docs.dataportal.se/dcat/), the way
 * Sweden's data portal harvests it: one dataset per programme, its follow-up of each year and
 * each indicator's series as CSV and JSON distributions (the exports' addresses). Built as an RDF
 * graph and written as RDF/XML or JSON-LD by rdflib; the identifiers are fragments of /dcat.rdf.
 */
import { graph, type Literal, literal, Namespace, type Store, serialize, sym } from 'rdflib'

import { hideEnumerableArrayExtensions } from '@/src/shared/hide-array-extensions'
import { xmlText } from '@/src/shared/xml-text'
import { followUpExportPath, followUpPath, indicatorExportPath } from '../(public)/paths'
import type { CatalogueConfig } from './config'

export type Texts = { sv: string; en: string }

/** A programme as the catalogue describes it, its texts in Swedish and English. */
export type CatalogueProgramme = {
  slug: string
  title: Texts
  description: { sv: string | null; en: string | null }
  /** The years with a published follow-up, oldest first. */
  years: number[]
  modifiedAt: string
  indicators: Array<{ id: string; name: Texts }>
  /** The years its indicators have values of, in any order. */
  valueYears: number[]
}

const RDF = Namespace('http://www.w3.org/1999/02/22-rdf-syntax-ns#')
const DCAT = Namespace('http://www.w3.org/ns/dcat#')
const DCT = Namespace('http://purl.org/dc/terms/')
const FOAF = Namespace('http://xmlns.com/foaf/0.1/')
const VCARD = Namespace('http://www.w3.org/2006/vcard/ns#')
const XSD = Namespace('http://www.w3.org/2001/XMLSchema#')
const EU = 'http://publications.europa.eu/resource/authority/'

const FORMATS = {
  csv: { label: 'CSV', mediaType: 'text/csv' },
  json: { label: 'JSON', mediaType: 'application/json' },
} as const
type Extension = keyof typeof FORMATS

const CATALOGUE_PATH = '/dcat.rdf'

/** An IRI as rdflib's namespaces make one (sym's are the same kind). */
type IRI = ReturnType<typeof DCAT>

function texts(store: Store, subject: IRI, predicate: IRI, { sv, en }: Texts) {
  store.add(subject, predicate, literal(xmlText(sv), 'sv'))
  store.add(subject, predicate, literal(xmlText(en), 'en'))
}

function datasetDescription({ title, description }: CatalogueProgramme): Texts {
  const sv = `Uppföljningen av ${title.sv} år för år: varje etappmåls bedömning, och indikatorernas värden.`
  const en = `The follow-up of ${title.en} year by year: each milestone goal's assessment, and the indicators' values.`
  return {
    sv: description.sv ? `${sv}\n\n${description.sv}` : sv,
    en: description.en ? `${en}\n\n${description.en}` : en,
  }
}

/** The catalogue of the site at siteUrl (its origin) as an RDF graph. */
export function catalogueGraph(siteUrl: string, config: CatalogueConfig, programmes: CatalogueProgramme[]): Store {
  const store = graph()
  const add = (subject: IRI, predicate: IRI, object: IRI | Literal) => store.add(subject, predicate, object)
  const url = (path: string) => sym(new URL(path, siteUrl).toString())
  const node = (fragment: string) => url(`${CATALOGUE_PATH}#${fragment}`)

  const catalogue = node('catalogue')
  const publisher = sym(config.publisherUri)
  const contact = node('contact')
  const license = sym(config.licenseUri)

  add(publisher, RDF('type'), FOAF('Agent'))
  add(publisher, FOAF('name'), literal(xmlText(config.publisherName), 'sv'))
  add(publisher, DCT('type'), sym('http://purl.org/adms/publishertype/LocalAuthority'))
  add(contact, RDF('type'), VCARD('Organization'))
  add(contact, VCARD('fn'), literal(xmlText(config.publisherName)))
  add(contact, VCARD('hasEmail'), sym(`mailto:${config.contactEmail}`))

  add(catalogue, RDF('type'), DCAT('Catalog'))
  texts(store, catalogue, DCT('title'), {
    sv: 'Uppföljning av klimat- och miljöprogram',
    en: 'Follow-up of climate and environmental programmes',
  })
  texts(store, catalogue, DCT('description'), {
    sv: `${config.publisherName}s uppföljning av sina klimat- och miljöprogram som öppna data: etappmålens bedömningar år för år och indikatorernas värden.`,
    en: `The follow-up of ${config.publisherName}'s climate and environmental programmes as open data: the milestone goals' assessments year by year and the indicators' values.`,
  })
  add(catalogue, DCT('publisher'), publisher)
  add(catalogue, DCT('license'), license)
  add(catalogue, FOAF('homepage'), url('/'))
  add(catalogue, DCT('language'), sym(`${EU}language/SWE`))
  add(catalogue, DCT('language'), sym(`${EU}language/ENG`))
  add(catalogue, DCAT('themeTaxonomy'), sym(`${EU}data-theme`))
  const lastModified = programmes
    .map((programme) => programme.modifiedAt)
    .sort()
    .at(-1)
  if (lastModified) add(catalogue, DCT('modified'), literal(lastModified, XSD('dateTime')))

  const distribution = (dataset: IRI, fragment: string, path: string, extension: Extension, title: Texts) => {
    const { label, mediaType } = FORMATS[extension]
    const subject = node(`${fragment}-${extension}`)
    add(dataset, DCAT('distribution'), subject)
    add(subject, RDF('type'), DCAT('Distribution'))
    texts(store, subject, DCT('title'), { sv: `${title.sv} (${label})`, en: `${title.en} (${label})` })
    add(subject, DCAT('accessURL'), url(path))
    add(subject, DCAT('downloadURL'), url(path))
    add(subject, DCT('format'), literal(mediaType))
    add(subject, DCAT('mediaType'), sym(`https://www.iana.org/assignments/media-types/${mediaType}`))
    add(subject, DCT('license'), license)
  }

  for (const programme of programmes) {
    const dataset = node(programme.slug)
    add(catalogue, DCAT('dataset'), dataset)
    add(dataset, RDF('type'), DCAT('Dataset'))
    texts(store, dataset, DCT('title'), programme.title)
    texts(store, dataset, DCT('description'), datasetDescription(programme))
    add(dataset, DCT('publisher'), publisher)
    add(dataset, DCAT('contactPoint'), contact)
    add(dataset, DCAT('theme'), sym(`${EU}data-theme/ENVI`))
    add(dataset, DCT('accrualPeriodicity'), sym(`${EU}frequency/ANNUAL`))
    add(dataset, DCT('modified'), literal(programme.modifiedAt, XSD('dateTime')))

    const years = [...programme.years, ...programme.valueYears]
    if (years.length) {
      const period = node(`${programme.slug}-period`)
      add(dataset, DCT('temporal'), period)
      add(period, RDF('type'), DCT('PeriodOfTime'))
      add(period, DCAT('startDate'), literal(`${Math.min(...years)}-01-01`, XSD('date')))
      add(period, DCAT('endDate'), literal(`${Math.max(...years)}-12-31`, XSD('date')))
    }
    const latestYear = programme.years.at(-1)
    if (latestYear !== undefined) add(dataset, DCAT('landingPage'), url(followUpPath(programme.slug, latestYear)))

    for (const year of programme.years) {
      for (const extension of ['csv', 'json'] as const) {
        distribution(dataset, `${programme.slug}-${year}`, followUpExportPath(programme.slug, year, extension), extension, {
          sv: `Uppföljning ${year}`,
          en: `Follow-up ${year}`,
        })
      }
    }
    for (const indicator of programme.indicators) {
      for (const extension of ['csv', 'json'] as const) {
        distribution(dataset, `${programme.slug}-indicator-${indicator.id}`, indicatorExportPath(indicator.id, extension), extension, {
          sv: `Indikator: ${indicator.name.sv}`,
          en: `Indicator: ${indicator.name.en}`,
        })
      }
    }
  }
  return store
}

export const CATALOGUE_MEDIA_TYPES = { rdf: 'application/rdf+xml', jsonld: 'application/ld+json' } as const
export type CatalogueFormat = keyof typeof CATALOGUE_MEDIA_TYPES

/** The graph written as RDF/XML or JSON-LD, its identifiers absolute. */
export function serialiseCatalogue(store: Store, format: CatalogueFormat): string {
  hideEnumerableArrayExtensions()
  for (const [prefix, namespace] of Object.entries({ dcat: DCAT(''), dct: DCT(''), foaf: FOAF(''), vcard: VCARD('') })) {
    store.setPrefixForURI(prefix, namespace.value)
  }
  const text = serialize(null, store, undefined, CATALOGUE_MEDIA_TYPES[format])
  if (text === undefined) throw new Error(`rdflib wrote no ${format}.`)
  return text
}
