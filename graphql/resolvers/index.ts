import { enumResolvers } from '../enums'
import type { Resolvers } from '../generated/resolvers-types'
import { actionResolvers } from './actions'
import { followUpResolvers } from './follow-up'
import { newsResolvers } from './news'
import { programmeResolvers } from './programme'
import { queryResolvers } from './query'

export const resolvers: Resolvers = {
  ...enumResolvers,
  ...queryResolvers,
  ...programmeResolvers,
  ...followUpResolvers,
  ...newsResolvers,
  ...actionResolvers,
}
