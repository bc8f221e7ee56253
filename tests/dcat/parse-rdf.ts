/** The catalogue read back as a harvester reads it: parsed by RDF parsers other than the writer, rdflib. */
import type * as RDF from '@rdfjs/types'
import { JsonLdParser } from 'jsonld-streaming-parser'
import { RdfXmlParser } from 'rdfxml-streaming-parser'

import type { CatalogueFormat } from '../../src/app/dcat/catalogue'

type QuadParser = NodeJS.ReadWriteStream

function quadsOf(parser: QuadParser, text: string): Promise<RDF.Quad[]> {
  return new Promise((resolve, reject) => {
    const quads: RDF.Quad[] = []
    parser.on('data', (quad: RDF.Quad) => quads.push(quad))
    parser.on('error', reject)
    parser.on('end', () => resolve(quads))
    parser.write(text)
    parser.end()
  })
}

export function parseCatalogue(text: string, format: CatalogueFormat): Promise<RDF.Quad[]> {
  return quadsOf(format === 'rdf' ? new RdfXmlParser() : new JsonLdParser(), text)
}

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type'

/** The parsed triples with questions a test asks of them. */
export function rdfGraph(quads: RDF.Quad[]) {
  const objects = (subject: string, predicate: string) =>
    quads.filter((quad) => quad.subject.value === subject && quad.predicate.value === predicate).map((quad) => quad.object)
  return {
    quads,
    objects,
    /** The subjects of a type, e.g. every dcat:Dataset. */
    ofType: (type: string) =>
      quads.filter((quad) => quad.predicate.value === RDF_TYPE && quad.object.value === type).map((quad) => quad.subject.value),
    /** The values of a property, e.g. the access URLs of a distribution. */
    values: (subject: string, predicate: string) => objects(subject, predicate).map((object) => object.value),
    /** A property's literals by language tag, e.g. { sv: 'Titel', en: 'Title' }. */
    byLanguage: (subject: string, predicate: string) =>
      Object.fromEntries(
        objects(subject, predicate)
          .filter((object): object is RDF.Literal => object.termType === 'Literal')
          .map((literal) => [literal.language, literal.value]),
      ),
  }
}

/** Each triple as one N-Triples-like line, to compare two parses as sets. */
export const tripleKeys = (quads: RDF.Quad[]) =>
  new Set(
    quads.map(({ subject, predicate, object }) => {
      const suffix = object.termType === 'Literal' ? `@${object.language}^^${object.datatype.value}` : ''
      return `${subject.termType === 'BlankNode' ? '_' : subject.value} ${predicate.value} ${object.value}${suffix}`
    }),
  )
