import { Contacts } from './Contacts'
import { FocusAreas } from './FocusAreas'
import { FollowUps } from './FollowUps'
import { Indicators } from './Indicators'
import { Media } from './Media'
import { MilestoneGoals } from './MilestoneGoals'
import { News } from './News'
import { Organisations } from './Organisations'
import { Programmes } from './Programmes'
import { Users } from './Users'

export const collections = [
  Programmes,
  FocusAreas,
  MilestoneGoals,
  Indicators,
  FollowUps,
  Organisations,
  News,
  Contacts,
  Media,
  Users,
]
