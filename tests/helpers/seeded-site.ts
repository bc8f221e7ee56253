/** The seeded API for a test file, with the site's reads (api-client) pointed at it, as the route handlers and pages find it. */
import { afterAll, beforeAll } from 'vitest'

import { pointSiteAt } from './api-url'
import { type SeededApi, seededApi } from './graphql-seeded'

/** Starts the API before the file's tests and stops it after them; `api()` gives it once started. */
export function seededSite(): { api: () => SeededApi } {
  let api: SeededApi | undefined
  let pointBack: (() => void) | undefined
  beforeAll(async () => {
    api = await seededApi()
    pointBack = pointSiteAt(api.url)
  })
  afterAll(async () => {
    pointBack?.()
    await api?.close()
  })
  return {
    api: () => {
      if (!api) throw new Error('The seeded API has not started yet')
      return api
    },
  }
}
