import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'

import { payloadSecret } from '../../src/server/secret'

describe('PAYLOAD_SECRET', () => {
  it('is taken from the environment', () => {
    expect(payloadSecret({ PAYLOAD_SECRET: 's3cret', NODE_ENV: 'production' })).toBe('s3cret')
  })

  it('is required in production, with a message saying how to make one', () => {
    expect(() => payloadSecret({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET is not set.*openssl rand/)
    expect(() => payloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: '  ' })).toThrow(/PAYLOAD_SECRET/)
  })

  it('is generated in development with a warning, and stays the same across restarts', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const first = payloadSecret({ NODE_ENV: 'development' })
    const second = payloadSecret({ NODE_ENV: 'development' })
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(second).toBe(first)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('PAYLOAD_SECRET is not set'))
    expect(warn.mock.calls.flat().join(' ')).not.toContain(first)
    const file = path.resolve('data', '.dev-payload-secret')
    expect(existsSync(file) && readFileSync(file, 'utf8').trim()).toBe(first)
    warn.mockRestore()
  })
})

describe('PAYLOAD_SECRET during `next build`', () => {
  it('is not needed, since the build serves no request', () => {
    expect(() => payloadSecret({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).not.toThrow()
  })
})
