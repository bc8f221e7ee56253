import { originOf } from '../(public)/request-origin'
import type { CatalogueFormat } from './catalogue'
import { fetchCatalogueProgrammes } from './catalogue-query'
import { catalogueConfig } from './config'

/** The catalogue of the site the request came to, as /dcat.rdf or /dcat.jsonld serve it. */
export async function catalogueResponse(request: Request, format: CatalogueFormat): Promise<Response> {
  // rdflib loads with the first catalogue asked for, not with the server, which loads every route at start.
  const { CATALOGUE_MEDIA_TYPES, catalogueGraph, serialiseCatalogue } = await import('./catalogue')
  const store = catalogueGraph(originOf(request.headers), catalogueConfig(), await fetchCatalogueProgrammes())
  return new Response(serialiseCatalogue(store, format), {
    headers: { 'content-type': `${CATALOGUE_MEDIA_TYPES[format]}; charset=utf-8` },
  })
}
