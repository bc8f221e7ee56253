import { Actions } from './Actions'
import { Contacts } from './Contacts'
import { ContentState } from './ContentState'
import { tabsForEditors } from './edit-tabs'
import { FocusAreas } from './FocusAreas'
import { FollowUpRounds } from './FollowUpRounds'
import { FollowUps } from './FollowUps'
import { signalsContentChange } from './hooks/signal-content-change'
import { ImportFiles } from './ImportFiles'
import { Imports } from './Imports'
import { Indicators } from './Indicators'
import { Media } from './Media'
import { MilestoneGoals } from './MilestoneGoals'
import { News } from './News'
import { Organisations } from './Organisations'
import { Programmes } from './Programmes'
import { Users } from './Users'
import { ValueConflicts } from './ValueConflicts'

const content = [
  Programmes,
  FocusAreas,
  MilestoneGoals,
  Indicators,
  FollowUpRounds,
  FollowUps,
  Actions,
  Organisations,
  News,
  Contacts,
  Media,
]

export const collections = [
  ...content.map((collection) => tabsForEditors(signalsContentChange(collection))),
  Imports,
  ImportFiles,
  ValueConflicts,
  Users,
]

export const globals = [ContentState]
