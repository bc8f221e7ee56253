import { describe, expect, it } from 'vitest'

import { apiUrl } from '../../src/app/api-client/client'

describe("where the site's pages read the API", () => {
  it('is this server over loopback, on the port it listens on', () => {
    expect(apiUrl({ PORT: '4010' })).toBe('http://127.0.0.1:4010/graphql')
    expect(apiUrl({})).toBe('http://127.0.0.1:3000/graphql')
  })

  it('is API_URL when the API runs elsewhere', () => {
    expect(apiUrl({ PORT: '4010', API_URL: 'https://api.example.org/graphql' })).toBe('https://api.example.org/graphql')
  })
})
