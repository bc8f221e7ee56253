import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

import { manifestModule, projectOperations } from '../../graphql/project-operations'

describe("the manifest of the app's own queries", () => {
  it('has every query the pages, exports and feed send, as they send it (run `npm run generate:graphql` when this fails)', async () => {
    const operations = await projectOperations()
    expect([...operations.keys()]).toEqual(
      expect.arrayContaining(['PublicHome', 'PublicNewsList', 'PublicFollowUp', 'NewsFeed', 'ExportFollowUp', 'ExportIndicator']),
    )
    expect(readFileSync('graphql/generated/persisted-queries.ts', 'utf8')).toBe(manifestModule(operations))
  })
})
