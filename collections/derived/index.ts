import { followUpDerivedFields } from '../FollowUps/derived'
import { series } from '../Indicators/series'
import { goalLabelField } from '../MilestoneGoals/label'
import { goalProgramme } from '../MilestoneGoals/programme'
import { newsProgramme } from '../News/programme'
import { newsSearchText } from '../News/search-text'
import { type DerivedField, derivedName } from './field'

/** Every derived field; a document's are derived in this order. */
export const derivedFields: readonly DerivedField[] = [
  series,
  goalProgramme,
  goalLabelField,
  ...followUpDerivedFields,
  newsSearchText,
  newsProgramme,
]

export const derivedFieldsOf = (collection: string) => derivedFields.filter((field) => field.collection === collection)

/** The derived field named `indicators.series` and so on; an unknown name is an error. */
export function derivedFieldNamed(name: string): DerivedField {
  const field = derivedFields.find((candidate) => derivedName(candidate) === name)
  if (!field) throw new Error(`No derived field is named ${name}.`)
  return field
}
