/**
 * What DCAT-AP-SE (https://docs.dataportal.se/dcat/) makes mandatory, by class: the properties with
 * a minimum cardinality of one in the profile's templates, and those it allows only once.
 */
const DCAT = 'http://www.w3.org/ns/dcat#'
const DCT = 'http://purl.org/dc/terms/'
const FOAF = 'http://xmlns.com/foaf/0.1/'
const VCARD = 'http://www.w3.org/2006/vcard/ns#'

export const CLASSES = {
  catalogue: `${DCAT}Catalog`,
  dataset: `${DCAT}Dataset`,
  distribution: `${DCAT}Distribution`,
  agent: `${FOAF}Agent`,
  contact: `${VCARD}Organization`,
} as const

type Mandatory = { property: string; atMostOne?: true }

export const MANDATORY: Record<keyof typeof CLASSES, Mandatory[]> = {
  catalogue: [
    { property: `${DCT}title` },
    { property: `${DCT}description` },
    { property: `${DCT}publisher`, atMostOne: true },
    { property: `${DCT}license`, atMostOne: true },
    { property: `${DCAT}dataset` },
  ],
  dataset: [{ property: `${DCT}title` }, { property: `${DCT}description` }, { property: `${DCT}publisher`, atMostOne: true }],
  distribution: [
    { property: `${DCAT}accessURL`, atMostOne: true },
    { property: `${DCT}format`, atMostOne: true },
  ],
  agent: [{ property: `${FOAF}name` }, { property: `${DCT}type`, atMostOne: true }],
  contact: [{ property: `${VCARD}fn` }, { property: `${VCARD}hasEmail` }],
}

type Graph = {
  ofType(type: string): string[]
  values(subject: string, predicate: string): string[]
}

/** What the graph lacks of MANDATORY, e.g. "distribution <iri> dcat:accessURL ×0"; empty when it has it all. */
export function missingMandatory(graph: Graph): string[] {
  return Object.entries(MANDATORY).flatMap(([kind, properties]) => {
    const subjects = graph.ofType(CLASSES[kind as keyof typeof CLASSES])
    if (!subjects.length) return [`no ${kind}`]
    return subjects.flatMap((subject) =>
      properties.flatMap(({ property, atMostOne }) => {
        const count = graph.values(subject, property).length
        return count === 0 || (atMostOne && count > 1) ? [`${kind} <${subject}> <${property}> ×${count}`] : []
      }),
    )
  })
}
