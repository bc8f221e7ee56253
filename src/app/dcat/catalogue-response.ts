import { originOf } from '../(public)/request-origin'
import { CATALOGUE_MEDIA_TYPES, type CatalogueFormat, catalogueGraph, serialiseCatalogue } from './catalogue'
import { fetchCatalogueProgrammes } from './catalogue-query'
import { catalogueConfig } from './config'

/** The catalogue of the site the request came to, as /dcat.rdf or /dcat.jsonld serve it. */
export async function catalogueResponse(request: Request, format: CatalogueFormat): Promise<Response> {
  const store = catalogueGraph(originOf(request.headers), catalogueConfig(), await fetchCatalogueProgrammes())
  return new Response(serialiseCatalogue(store, format), {
    headers: { 'content-type': `${CATALOGUE_MEDIA_TYPES[format]}; charset=utf-8` },
  })
}
