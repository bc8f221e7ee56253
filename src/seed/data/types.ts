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
  /** The matching key figure in Kolada, only where one measures the same in the same unit. */
  koladaKpi?: string
  /** Typed in (source manual) when the seed runs; the save sets nextValueDue from the latest year. */
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
  /** Statistics Sweden's municipality code, which Kolada is read for. */
  municipalityCode?: string
  description: { sv: string[]; en: string[] }
  documentUrl?: string
  focusAreas: SeedFocusArea[]
}

export type SeedReview = 'draft' | 'submitted' | 'returned' | 'approved'

/** A yearly round; dates are `YYYY-MM-DD` (deadline) and ISO timestamps (publishedAt). */
export type SeedRound = { year: number; deadline: string; state: 'open' | 'review' | 'published'; publishedAt?: string }

/** An assessment reported in a round that is not published yet, in its review state. */
export type SeedRoundFollowUp = {
  goal: string
  status: SeedStatus
  review: SeedReview
  /** The strategist's reason, for a returned one. */
  reviewComment?: string
  commentary: Localised
  /** True when made up for demonstration: the facts file gives no assessments after 2020. */
  demonstration: true
}

export type SeedAction = {
  slug: string
  title: Localised
  description: { sv: string[]; en: string[] }
  /** Milestone goal codes. */
  milestoneGoals: string[]
  /** Organisation slugs. */
  responsible: string[]
  state: 'planned' | 'ongoing' | 'done' | 'cancelled'
  startYear: number
  endYear?: number
  updates: Array<{ year: number; text: Localised }>
  /** True when made up for demonstration: the facts file names no actions. */
  demonstration: true
}

/**
 * Values read from a spreadsheet or from Kolada, applied after the indicators are typed in, in the
 * order given, as the importers apply them (src/values/record.ts): an import per document.
 */
export type SeedImport = {
  kind: 'spreadsheet' | 'kolada'
  /** The spreadsheet's file name or the Kolada address read. */
  reference: string
  /** Indicator keys (SeedIndicator.key), years and values. */
  values: Array<{ indicator: string; year: number; value: number }>
}
