import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { root } from '../helpers/app-server'

const built = (file: string) => readFileSync(path.join(root, process.env.NEXT_DIST_DIR || '.next', file), 'utf8')

describe('the production build', () => {
  it('has none of the benchmark’s routes', () => {
    const routes = Object.keys(JSON.parse(built('server/app-paths-manifest.json')))
    expect(routes).toContain('/graphql/route')
    expect(routes.filter((route) => route.startsWith('/bench'))).toEqual([])
  })
})
