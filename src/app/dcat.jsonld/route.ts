import { catalogueResponse } from '../dcat/catalogue-response'

/** The DCAT-AP-SE catalogue of the site's open data in JSON-LD. */
export const GET = (request: Request) => catalogueResponse(request, 'jsonld')
