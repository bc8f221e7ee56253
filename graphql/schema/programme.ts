export const programmeTypeDefs = /* GraphQL */ `
  """
  A climate and environmental policy programme, e.g. Haninge's KMPP adopted in 2017.
  """
  type Programme {
    "Unique ID."
    id: ID!
    "URL-safe unique name, e.g. kmpp-2017."
    slug: String!
    "The programme's name."
    title: String!
    "The day the programme was adopted, as YYYY-MM-DD."
    adoptedOn: String!
    "The body that adopted the programme, e.g. the municipal council."
    adoptedBy: String
    "What the programme is about."
    description(
      "HTML (sanitised) or plain text."
      format: TextFormat = HTML
    ): String
    "A link to the adopted programme document."
    documentUrl: String
    "The focus areas and chapters, in the programme's order."
    focusAreas: [FocusArea!]!
    "Every milestone goal of the programme, ordered by code."
    milestoneGoals: [MilestoneGoal!]!
    "The years that have at least one published assessment and no follow-up round still to be published, oldest first."
    years: [Int!]!
    "When what the programme's follow-up shows last changed, as an ISO 8601 date-time: the latest change to the programme, its milestone goals, their indicators and actions, or its published assessments."
    modifiedAt: String!
    "The follow-up of the most recent year with published assessments; null when there is none."
    latestFollowUp: FollowUpReport
    "The follow-up of one year, as the root field followUp gives it."
    followUp(
      "The follow-up year, 1990-2100."
      year: Int!
    ): FollowUpReport
    "One of its milestone goals by its code; null when it has none with that code."
    milestoneGoal(
      "The goal's code, e.g. 1.2; at most 20 characters."
      code: String!
    ): MilestoneGoal
  }

  """
  Whether a part of the programme is a focus area or a chapter.
  """
  enum FocusAreaKind {
    "A focus area (fokusområde)."
    FOCUS_AREA
    "A chapter, such as communication and cooperation."
    CHAPTER
  }

  """
  A focus area or chapter of a programme, with its overall goal.
  """
  type FocusArea {
    "Unique ID."
    id: ID!
    "URL-safe unique name."
    slug: String!
    "The focus area's title."
    title: String!
    "Focus area or chapter."
    kind: FocusAreaKind!
    "Its number in the programme, from 1."
    order: Int!
    "The overall goal (mål)."
    goal: String!
    "The clarifications (preciseringar) of the overall goal."
    clarifications: [String!]!
    "The programme it belongs to."
    programme: Programme!
    "Its milestone goals, ordered by code."
    milestoneGoals: [MilestoneGoal!]!
  }

  """
  A milestone goal (etappmål): a step towards a focus area's goal, with a target year.
  """
  type MilestoneGoal {
    "Unique ID."
    id: ID!
    "Its code in the programme, e.g. 1.2."
    code: String!
    "What is to be reached."
    text: String!
    "The year it is to be reached by."
    targetYear: Int!
    "The focus area it belongs to."
    focusArea: FocusArea!
    "The administrations and companies responsible for it."
    responsible: [Organisation!]!
    "The indicators that measure it."
    indicators: [Indicator!]!
    "Its published assessments, oldest first (in preview, with drafts; a draft saved before its year was chosen is left out)."
    assessments: [Assessment!]!
    "Its published assessment of one year; null when that year has none."
    assessment(
      "The follow-up year."
      year: Int!
    ): Assessment
    "The actions that work towards it, by title."
    actions: [Action!]!
  }

  """
  The status the municipality gave a milestone goal in a yearly follow-up.
  """
  enum GoalStatus {
    "The goal has been reached."
    ACHIEVED
    "The goal is expected to be reached in time."
    ON_TRACK
    "There is a risk that the goal will not be reached in time."
    AT_RISK
    "The goal has not been reached, or will not be in time."
    NOT_ACHIEVED
    "The goal was not assessed that year."
    NOT_ASSESSED
  }

  """
  The municipality's published assessment of one milestone goal for one year.
  """
  type Assessment {
    "The follow-up year."
    year: Int!
    "The status given; NOT_ASSESSED for a draft saved before a status was chosen."
    status: GoalStatus!
    "Its status the year before, as that year's assessment gives it; null when that year has none."
    previousStatus: GoalStatus
    "How the status changed since the year before."
    change: StatusChange!
    "The municipality's commentary on the assessment."
    commentary(
      "HTML (sanitised) or plain text."
      format: TextFormat = HTML
    ): String
  }

  """
  Whether an indicator should go up or down.
  """
  enum Direction {
    "Higher values are better."
    INCREASE
    "Lower values are better."
    DECREASE
  }

  """
  A measure of a milestone goal, with yearly values. Reached through a follow-up report, its
  series, latest value, trend and progress use only values up to and including the report's year.
  """
  type Indicator {
    "Unique ID."
    id: ID!
    "The indicator's name."
    name: String!
    "The unit of its values, e.g. procent or kWh/m²."
    unit: String!
    "Whether it should increase or decrease."
    direction: Direction!
    "The value progress is measured from, when set."
    baseline: DataPoint
    "The value to reach, and by when, when set."
    target: DataPoint
    "The yearly values, oldest first."
    series: [DataPoint!]!
    "The most recent value."
    latest: DataPoint
    "The direction of the last five values."
    trend: Trend!
    "Progress from the baseline towards the target (Open SDG / Eurostat method)."
    progress: Progress!
    "Where the values come from."
    source: String
    "The id of the matching key figure in Kolada (e.g. N00401), when there is one."
    koladaKpi: String
    """
    The day the next value is due, as YYYY-MM-DD, when set. When a value for a later year comes in, it
    moves on to 1 July two years after that year (the value of the year after is expected then).
    """
    nextValueDue: String
    """
    True when the next value is late: nextValueDue is a day before today (UTC) and there is no newer
    value, that is none for the year before nextValueDue's year or later (the value a due day waits
    for, as yearly statistics come out the year after). It tells where the values stand today, also in
    a report of an earlier year.
    """
    overdue: Boolean!
    "The milestone goals it measures."
    milestoneGoals: [MilestoneGoal!]!
  }

  """
  How an indicator is moving.
  """
  enum TrendStatus {
    "Moving in the desired direction by more than 1 % of its mean a year."
    IMPROVING
    "Moving by at most 1 % of its mean a year."
    STABLE
    "Moving against the desired direction by more than 1 % of its mean a year."
    WORSENING
    "Fewer than three values."
    INSUFFICIENT_DATA
  }

  """
  The trend of an indicator: a least-squares line through its last five values (three at least).
  """
  type Trend {
    "The verdict."
    status: TrendStatus!
    "The slope of the line, in units a year; null without enough data."
    slope: Float
    "The slope divided by the absolute mean of the values, signed so that positive is good."
    relativeSlope: Float
  }

  """
  How far an indicator has come towards its target.
  """
  enum ProgressStatus {
    "The latest value has reached the target."
    TARGET_ACHIEVED
    "On pace: at least 95 % of the required rate, or 1.5 % a year without a target."
    SUBSTANTIAL_PROGRESS
    "At least 60 % of the required rate, or 0.5 % a year without a target."
    MODERATE_PROGRESS
    "Moving the right way, but slowly."
    LIMITED_PROGRESS
    "Moving the wrong way."
    DETERIORATION
    "Fewer than two values to compare."
    INSUFFICIENT_DATA
  }

  """
  How the yearly rates were computed.
  """
  enum RateMethod {
    "Compound annual rates: (current / base)^(1 / years) - 1."
    COMPOUND
    "Linear annual rates, (current - base) / years, used when a value is zero or negative."
    LINEAR
  }

  """
  Progress towards an indicator's target, with every input so the figure can be checked by hand.
  """
  type Progress {
    "The verdict."
    status: ProgressStatus!
    "The observed rate over the required rate, signed so that positive is good; null without a target."
    ratio: Float
    "The observed annual rate of change, as a fraction (0.02 is 2 % a year, or 0.02 units with LINEAR)."
    observedRate: Float
    "The annual rate needed to reach the target in time; null without a target."
    requiredRate: Float
    "How the rates were computed; null without enough data."
    method: RateMethod
    "The year of the base value: the baseline, else the first value."
    baseYear: Int
    "The year of the latest value after the base."
    currentYear: Int
  }

  """
  Whether an organisation is an administration or a municipal company.
  """
  enum OrganisationKind {
    "An administration (förvaltning) of the municipality."
    ADMINISTRATION
    "A municipal company (kommunalt bolag)."
    COMPANY
  }

  """
  An administration or municipal company responsible for milestone goals.
  """
  type Organisation {
    "Unique ID."
    id: ID!
    "URL-safe unique name."
    slug: String!
    "The organisation's name."
    name: String!
    "Administration or company."
    kind: OrganisationKind!
    "The milestone goals it is responsible for, ordered by code."
    milestoneGoals: [MilestoneGoal!]!
    "The actions it is responsible for, by title."
    actions: [Action!]!
  }
`
