import type { Payload as PayloadInstance } from 'payload'

import { dayOf, isActiveIn, type YearStatus } from '../figures'
import type * as Documents from '../payload-types'
import { idOf, idsOf } from '../shared/ids'
import { inSwedishOrder } from '../shared/swedish-order'
import { type ActionPageArgs, loadActionPage } from './action-page'
import { shownUpdates } from './action-updates'
import { loadFollowUpRound } from './follow-up-round'
import { overdueOf } from './indicator-figures'
import { createLoaders, type Loaders } from './loaders'
import type {
  Action,
  ActionConnection,
  ActionUpdate,
  Assessment,
  Contact,
  FocusArea,
  FollowUpReport,
  FollowUpRound,
  Indicator,
  MilestoneGoal,
  NewsConnection,
  NewsItem,
  Organisation,
  Programme,
  SearchConnection,
} from './models'
import { statusOf } from './models'
import { loadNewsPage, type NewsPageArgs } from './news-page'
import { createYearGate } from './public-years'
import { loadFollowUpReport, loadReportNews } from './report'
import { type Scope, scoped, scopedFound } from './scope'
import { loadSearchPage, type SearchPageArgs } from './search-page'
import type { RequestedFields } from './select'

/** Milestone goals in code order, natural: 1.2 before 1.10. */
const byCode = inSwedishOrder((goal: { code: string }) => goal.code)
const byName = inSwedishOrder((organisation: { name: string }) => organisation.name)

/**
 * The named reads of one request in one scope, in the style of Apollo's data sources: what the
 * resolvers and the admin ask for, each read batched and cached for the rest of the request. Every
 * document comes back in this scope (Scoped), so what is read through it reads on in the same one.
 */
export class ReadSource {
  constructor(
    private readonly loaders: Loaders,
    readonly scope: Scope,
  ) {}

  private one<T extends object>(doc: T | null): (T & { scope: Scope }) | null {
    return doc && scoped(doc, this.scope)
  }

  private each<T extends object>(docs: T[]): Array<T & { scope: Scope }> {
    return docs.map((doc) => scoped(doc, this.scope))
  }

  private inCodeOrder(goals: Promise<Documents.MilestoneGoal[]>): Promise<MilestoneGoal[]> {
    return goals.then((docs) => this.each([...docs].sort(byCode)))
  }

  /** Every programme, oldest first. */
  async programmes(): Promise<Programme[]> {
    return this.each(await this.loaders.find('programmes', {}, 'createdAt'))
  }

  async programme(slug: string): Promise<Programme | null> {
    return this.one(await this.loaders.programmeBySlug.load(slug))
  }

  async programmeById(id: string): Promise<Programme | null> {
    return this.one(await this.loaders.programmeById.load(id))
  }

  /** The years the programme has assessments of, oldest first. */
  followUpYears(programme: Programme): Promise<number[]> {
    return this.loaders.assessedYearsByProgramme.load(programme.id)
  }

  /**
   * When what the programme's follow-up shows last changed: the latest updatedAt of the programme,
   * its goals, their indicators and actions, and its assessments readable in this scope.
   */
  async programmeModifiedAt(programme: Programme): Promise<string> {
    const stamp = { updatedAt: true } as const
    const [goals, assessments] = await Promise.all([
      this.loaders.find('milestone-goals', { programme: { equals: programme.id } }, undefined, undefined, { ...stamp, indicators: true }),
      this.loaders.find('follow-ups', { programme: { equals: programme.id } }, undefined, undefined, stamp),
    ])
    const goalIds = goals.map((goal) => goal.id)
    const indicatorIds = [...new Set(goals.flatMap((goal) => idsOf(goal.indicators)))]
    const [indicators, actions] = await Promise.all([
      indicatorIds.length ? this.loaders.find('indicators', { id: { in: indicatorIds } }, undefined, undefined, stamp) : [],
      goalIds.length ? this.loaders.find('actions', { milestoneGoals: { in: goalIds } }, undefined, undefined, stamp) : [],
    ])
    const stamps = [programme, ...goals, ...assessments, ...indicators, ...actions].map((doc) => new Date(doc.updatedAt).getTime())
    return new Date(Math.max(...stamps)).toISOString()
  }

  /** Whether the programme's year is shown: always in preview, else once its follow-up round (if any) is published. */
  isYearPublic(programme: Programme, year: number): Promise<boolean> {
    return this.loaders.yearIsPublic(programme.id, year)
  }

  /** The programme's follow-up of a year, from a constant number of reads (report.ts); null while the year is not public. */
  async report(programme: Programme, year: number): Promise<FollowUpReport | null> {
    if (!(await this.isYearPublic(programme, year))) return null
    return loadFollowUpReport(this.loaders, scoped(programme, this.scope), year)
  }

  /** The follow-up of the latest year with assessments; null before the first. */
  async latestReport(programme: Programme): Promise<FollowUpReport | null> {
    const latest = (await this.followUpYears(programme)).at(-1)
    return latest === undefined ? null : this.report(programme, latest)
  }

  /** The news of the report's year about its programme, newest first. */
  reportNews(report: FollowUpReport): Promise<NewsItem[]> {
    return loadReportNews(this.loaders, report)
  }

  async focusArea(id: string): Promise<FocusArea | null> {
    return this.one(await this.loaders.focusAreaById.load(id))
  }

  async focusAreasById(ids: string[]): Promise<FocusArea[]> {
    return scopedFound(await this.loaders.focusAreaById.loadMany(ids), this.scope)
  }

  /** A programme's focus areas, in their order. */
  async focusAreasOfProgramme(programmeId: string): Promise<FocusArea[]> {
    return this.each(await this.loaders.focusAreasByProgramme.load(programmeId))
  }

  async goal(id: string): Promise<MilestoneGoal | null> {
    return this.one(await this.loaders.goalById.load(id))
  }

  async goalsById(ids: string[]): Promise<MilestoneGoal[]> {
    return scopedFound(await this.loaders.goalById.loadMany(ids), this.scope)
  }

  goalsOfProgramme(programmeId: string): Promise<MilestoneGoal[]> {
    return this.inCodeOrder(this.loaders.goalsByProgramme.load(programmeId))
  }

  /** A programme's goal with the code, e.g. 1.2; null when it has none. */
  async goalOfProgramme(programmeId: string, code: string): Promise<MilestoneGoal | null> {
    return this.one((await this.loaders.goalsByProgramme.load(programmeId)).find((goal) => goal.code === code) ?? null)
  }

  goalsOfFocusArea(focusAreaId: string): Promise<MilestoneGoal[]> {
    return this.inCodeOrder(this.loaders.goalsByFocusArea.load(focusAreaId))
  }

  /** The goals an organisation is responsible for. */
  goalsOfOrganisation(organisationId: string): Promise<MilestoneGoal[]> {
    return this.inCodeOrder(this.loaders.goalsByOrganisation.load(organisationId))
  }

  /** The goals an indicator measures. */
  goalsOfIndicator(indicatorId: string): Promise<MilestoneGoal[]> {
    return this.inCodeOrder(this.loaders.goalsByIndicator.load(indicatorId))
  }

  /** A goal's assessments of every year, oldest first. */
  async assessmentsOfGoal(goalId: string): Promise<Assessment[]> {
    return this.each(await this.loaders.assessmentsByGoal.load(goalId))
  }

  /** The statuses of an assessment's goal, year by year, as its assessments readable in this scope give them. */
  async statusesOfGoalOf(assessment: Assessment): Promise<YearStatus[]> {
    const history = await this.loaders.assessmentsByGoal.load(String(idOf(assessment.milestoneGoal)))
    return history.map((other) => ({ year: other.year, status: statusOf(other) }))
  }

  async assessment(goalId: string, year: number): Promise<Assessment | null> {
    return this.one((await this.loaders.assessmentsByGoal.load(goalId)).find((a) => a.year === year) ?? null)
  }

  async indicator(id: string): Promise<Indicator | null> {
    return this.one(await this.loaders.indicatorById.load(id))
  }

  async indicatorsById(ids: string[]): Promise<Indicator[]> {
    return scopedFound(await this.loaders.indicatorById.loadMany(ids), this.scope)
  }

  /** The indicators whose next value is late at `now` (src/figures/overdue.ts), longest overdue first, then by name. */
  async overdueIndicators(now: Date): Promise<Indicator[]> {
    // Only those due before today can be late; isOverdue decides from their values.
    const due = await this.loaders.find('indicators', { nextValueDue: { less_than: dayOf(now) } })
    const late = due.filter((indicator) => overdueOf(indicator, now)).sort(byName)
    return this.each(late.sort((a, b) => dayOf(a.nextValueDue as string).localeCompare(dayOf(b.nextValueDue as string))))
  }

  /** Every organisation, by name in Swedish order (the whole list: a database's order of a page would not be). */
  async organisations(): Promise<Organisation[]> {
    return this.each((await this.loaders.find('organisations', {})).sort(byName))
  }

  async organisation(slug: string): Promise<Organisation | null> {
    return this.one(await this.loaders.organisationBySlug.load(slug))
  }

  async organisationsById(ids: string[]): Promise<Organisation[]> {
    return scopedFound(await this.loaders.organisationById.loadMany(ids), this.scope)
  }

  /** A news item by its slug; in preview, an untitled draft by its ID (NewsItem.slug). */
  async newsItem(slug: string): Promise<NewsItem | null> {
    return this.one(await this.loaders.newsBySlug.load(slug))
  }

  /** A Relay page of news, newest first. */
  newsPage(args: NewsPageArgs): Promise<NewsConnection> {
    return loadNewsPage(this.loaders, args)
  }

  /** A Relay page of what matches a search, best first (search-page.ts). */
  search(args: SearchPageArgs): Promise<SearchConnection> {
    return loadSearchPage(this.loaders, args)
  }

  /** A news item's body, which is read only when asked for. */
  newsBody(item: NewsItem): Promise<NewsItem['body'] | null> {
    return this.loaders.newsBodyById.load(item.id)
  }

  /** The focus areas a news item is about: those it links and those of the goals it links. */
  async focusAreasOfNews(item: NewsItem): Promise<FocusArea[]> {
    const goals = await this.goalsById(idsOf(item.milestoneGoals))
    return this.focusAreasById([...new Set([...idsOf(item.focusAreas), ...goals.map((goal) => String(idOf(goal.focusArea)))])])
  }

  /** A goal's actions, by title. */
  async actionsOfGoal(goalId: string): Promise<Action[]> {
    return this.each(await this.loaders.actionsByGoal.load(goalId))
  }

  /** A goal's actions active in `year` (started by then and not ended before it), by title. */
  async actionsOfGoalIn(goalId: string, year: number): Promise<Action[]> {
    return (await this.actionsOfGoal(goalId)).filter((action) => isActiveIn(action, year))
  }

  /** The actions active in the report's year of any of its goals, each once. */
  async actionsOfReport(report: FollowUpReport): Promise<Action[]> {
    const perGoal = await Promise.all(report.goals.map((goal) => this.actionsOfGoalIn(goal.milestoneGoal.id, report.year)))
    return [...new Map(perGoal.flat().map((action) => [action.id, action])).values()]
  }

  /** The actions an organisation is responsible for, by title. */
  async actionsOfOrganisation(organisationId: string): Promise<Action[]> {
    return this.each(await this.loaders.actionsByOrganisation.load(organisationId))
  }

  /** A Relay page of actions, latest started first. */
  actionPage(args: ActionPageArgs): Promise<ActionConnection> {
    return loadActionPage(this.loaders, args)
  }

  /** What an action says was done, year by year; outside preview, only of years readers may see. */
  actionUpdates(action: Action): Promise<ActionUpdate[]> {
    return shownUpdates(this.loaders, action)
  }

  /** A programme's round of a year with its progress per organisation; null when there is none. */
  followUpRound(programme: Programme, year: number): Promise<FollowUpRound | null> {
    return loadFollowUpRound(this.loaders, programme, year)
  }

  async contact(id: string): Promise<Contact | null> {
    return this.loaders.contactById.load(id)
  }

  async media(id: string) {
    return this.loaders.mediaById.load(id)
  }
}

/**
 * The reads of one request: a data source per scope, sharing one set of loaders (and their batches
 * and caches) per language and drafts, and one read of which years are public. Given the fields a GraphQL operation asks for, documents are
 * read with those fields only (select.ts).
 */
export function createReads(payload: PayloadInstance, user: Documents.User | null, requested: RequestedFields | null = null) {
  const loaders = new Map<string, Loaders>()
  const gate = createYearGate(payload)
  return (scope: Scope): ReadSource => {
    const key = `${scope.locale}:${scope.draft}`
    let forScope = loaders.get(key)
    if (!forScope) {
      forScope = createLoaders(payload, user, { locale: scope.locale, draft: scope.draft }, requested, gate)
      loaders.set(key, forScope)
    }
    return new ReadSource(forScope, scope)
  }
}

export type Reads = ReturnType<typeof createReads>
