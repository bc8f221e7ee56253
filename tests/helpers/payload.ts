import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import sharp from 'sharp'

import type { Role } from '../../collections/roles'
import type { User } from '../../src/payload-types'

export function testPayload(): Promise<Payload> {
  return getPayload({ config })
}

let accounts = 0

/** A new account with `role`, as the Local API's `user` argument expects it. */
/** A signed-in user with `role`; a reporter reports for `organisation`. */
export async function userWithRole(payload: Payload, role: Role, organisation?: string): Promise<User & { collection: 'users' }> {
  accounts++
  const user = await payload.create({
    collection: 'users',
    data: { email: `${role}-${accounts}-${Date.now()}@example.org`, password: 'test-password-123', role, organisation },
    overrideAccess: true,
  })
  return { ...user, collection: 'users' }
}

export async function pngFile(name = 'bild.png', width = 64, height = 48) {
  const data = await sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 80 } } })
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name, size: data.length }
}
