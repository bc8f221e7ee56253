import { catalogueResponse } from '../dcat/catalogue-response'

/** The DCAT-AP-SE catalogue of the site's open data in RDF/XML, as Sweden's data portal harvests it. */
export const GET = (request: Request) => catalogueResponse(request, 'rdf')
