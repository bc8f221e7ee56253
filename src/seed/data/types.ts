/** The shape of the programme as the seed loads it: natural keys instead of database IDs. */

export type Localised = { sv: string; en: string }

export type SeedOrganisation = {
  slug: string
  name: Localised
  kind: 'administration' | 'company'
}

export type SeedIndicator = {
  /** Stable key within the programme, used to link goals to indicators and to find the indicator again. */
  key: string
  name: Localised
  unit: Localised
  direction: 'increase' | 'decrease'
  baseline?: { year: number; value: number }
  target?: { year: number; value: number }
  source: Localised
  measurements: Array<{ year: number; value: number; note?: Localised }>
  /** True when the values are made up for demonstration (the facts file gives no figures). */
  demonstration: boolean
}

export type SeedStatus = 'achieved' | 'on_track' | 'at_risk' | 'not_achieved' | 'not_assessed'

export type SeedMilestoneGoal = {
  code: string
  text: Localised
  targetYear: number
  responsible: string[]
  indicators: string[]
  /** The published assessment per follow-up year, with its commentary as plain paragraphs. */
  followUps: Record<2018 | 2019 | 2020, { status: SeedStatus; commentary: Localised }>
}

export type SeedFocusArea = {
  slug: string
  kind: 'focus_area' | 'chapter'
  order: number
  title: Localised
  goal: Localised
  clarifications: Localised[]
  milestoneGoals: SeedMilestoneGoal[]
}

export type SeedContact = { name: string; role: Localised; phone: string; email: string }

export type SeedNewsItem = {
  slug: string
  title: Localised
  lead: Localised
  /** Paragraphs of the body; a line starting with "## " is a heading. */
  body: { sv: string[]; en: string[] }
  publishedAt: string
  updatedAt: string
  followUpYear: number
  focusAreas: string[]
  milestoneGoals: string[]
  contact: string
}

export type SeedProgramme = {
  slug: string
  title: Localised
  adoptedOn: string
  adoptedBy: Localised
  description: { sv: string[]; en: string[] }
  documentUrl?: string
  focusAreas: SeedFocusArea[]
}
