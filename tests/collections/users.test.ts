import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

describe('accounts', () => {
  it('the first account on an empty database is the administrator, later ones are communicators', async () => {
    const first = await payload.create({
      collection: 'users',
      data: { email: 'forsta@example.org', password: 'first-password-1' } as never,
      overrideAccess: true,
    })
    expect(first.role).toBe('admin')
    const second = await payload.create({
      collection: 'users',
      data: { email: 'andra@example.org', password: 'second-password-2' } as never,
      overrideAccess: true,
    })
    expect(second.role).toBe('communicator')
  })

  it('repeated wrong passwords lock the account', async () => {
    const email = 'last@example.org'
    await payload.create({ collection: 'users', data: { email, password: 'right-password-1', role: 'strategist' }, overrideAccess: true })
    for (let attempt = 0; attempt < 5; attempt++) {
      await expect(payload.login({ collection: 'users', data: { email, password: 'wrong' } })).rejects.toBeTruthy()
    }
    await expect(payload.login({ collection: 'users', data: { email, password: 'right-password-1' } })).rejects.toMatchObject({
      name: 'LockedAuth',
    })
  })
})
