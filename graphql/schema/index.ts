import { actionTypeDefs } from './actions'
import { commonTypeDefs } from './common'
import { followUpTypeDefs } from './follow-up'
import { newsTypeDefs } from './news'
import { programmeTypeDefs } from './programme'
import { queryTypeDefs } from './query'
import { searchTypeDefs } from './search'

export const typeDefs = [queryTypeDefs, programmeTypeDefs, followUpTypeDefs, newsTypeDefs, actionTypeDefs, searchTypeDefs, commonTypeDefs]
