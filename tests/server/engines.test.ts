/**
 * Every installed package supports every Node version package.json's `engines` admits, so
 * `npm ci` on a supported Node prints no EBADENGINE warning.
 */
import semver from 'semver'
import { describe, expect, it } from 'vitest'

import packageJson from '../../package.json'
import lock from '../../package-lock.json'

type Locked = { version?: string; engines?: { node?: string } | string[]; os?: string[]; cpu?: string[] }

/** Whether npm installs the package here: it skips optional binaries built for other platforms. */
const installedHere = ({ os, cpu }: Locked) => (!os || os.includes(process.platform)) && (!cpu || cpu.includes(process.arch))

describe('the Node versions the project supports', () => {
  it('are supported by every package in package-lock.json', () => {
    const supported = packageJson.engines.node
    const refusing = Object.entries(lock.packages as Record<string, Locked>).flatMap(([location, locked]) => {
      const { version, engines } = locked
      const node = Array.isArray(engines) || !installedHere(locked) ? undefined : engines?.node
      return node && !semver.subset(supported, node) ? [`${location.replace(/^.*node_modules\//, '')}@${version} wants node ${node}`] : []
    })
    expect(refusing).toEqual([])
  })

  it('include the Node this runs on', () => {
    expect(semver.satisfies(process.versions.node, packageJson.engines.node)).toBe(true)
  })
})
