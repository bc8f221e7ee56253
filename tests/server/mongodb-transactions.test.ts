import { describe, expect, it } from 'vitest'

import { type HelloReply, missingTransactions, warnWithoutTransactions } from '@/src/server/mongodb-transactions'

// Replies of MongoDB's hello command, cut to what tells the kinds of server apart.
const standalone: HelloReply = { msg: undefined }
const replicaSet: HelloReply = { setName: 'rs0' }
const mongos: HelloReply = { msg: 'isdbgrid' }

describe('whether writes on MongoDB are in transactions', () => {
  it('they are on a replica set the connection names', () => {
    expect(missingTransactions(replicaSet, 'rs0')).toBeNull()
  })

  it.each([
    ['a standalone server', standalone, undefined, /standalone server, not a replica set/],
    ['a replica set the URI does not name', replicaSet, undefined, /replica set "rs0".*\?replicaSet=rs0/],
    ['a sharded cluster', mongos, undefined, /sharded cluster/],
  ])('they are not on %s, and the warning says what is then not guaranteed', (_, hello, replicaSetOption, kind) => {
    const warning = missingTransactions(hello, replicaSetOption)
    expect(warning).toMatch(kind)
    expect(warning).toMatch(/synthetic seed.*content change and its version bump.*replica set or MongoDB Atlas/)
  })
})

describe('on start', () => {
  const warningsFor = (hello: HelloReply, replicaSetOption?: string) => {
    const warnings: string[] = []
    warnWithoutTransactions(hello, replicaSetOption, { warn: (message) => warnings.push(message) })
    return warnings
  }

  it('one warning is logged without transactions', () => {
    expect(warningsFor(standalone)).toEqual([missingTransactions(standalone, undefined)])
  })

  it('nothing is logged on a replica set', () => {
    expect(warningsFor(replicaSet, 'rs0')).toEqual([])
  })
})
