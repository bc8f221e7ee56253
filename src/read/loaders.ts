import DataLoader from 'dataloader'
import type { CollectionSlug, Payload, SelectIncludeType, SelectType, Where } from 'payload'

import type {
  Action,
  Assessment,
  Contact,
  FocusArea,
  FollowUpRound,
  Indicator,
  Media,
  MilestoneGoal,
  News,
  Organisation,
  Programme,
  User,
} from '../payload-types'
import { idOf } from '../shared/ids'
import { canBeDocumentId } from './document-ids'
import { createYearGate, outsideHiddenYears, type YearGate } from './public-years'
import type { Scope } from './scope'
import { type RequestedFields, selectFor } from './select'

type Docs = {
  programmes: Programme
  'focus-areas': FocusArea
  'milestone-goals': MilestoneGoal
  indicators: Indicator
  'follow-ups': Assessment
  organisations: Organisation
  news: News
  contacts: Contact
  media: Media
  actions: Action
  'follow-up-rounds': FollowUpRound
}
type Slug = keyof Docs & CollectionSlug

const PUBLISHED: Where = { _status: { equals: 'published' } }

/** The collections whose documents belong to a programme's year, by the field that holds the year. */
const YEAR_FIELD: Partial<Record<Slug, string>> = { 'follow-ups': 'year', news: 'followUpYear' }

/**
 * Without a GraphQL operation's fields (the admin's overview), fields not read with the rest of a
 * document: the search text and the measurement rows, which the API never serves (it reads the
 * measurements' series read model, collections/Indicators/series.ts), and a news item's body, read
 * only when a query asks for it (newsBodyById).
 */
const UNREAD: Partial<Record<Slug, SelectType>> = {
  news: { searchText: false, body: false },
  indicators: { measurements: false },
}

/**
 * Every read goes through here: Payload's Local API with the request's user and its access rules,
 * depth 0, batched and cached per request and scope by DataLoaders. Given the fields a GraphQL
 * operation asks for, documents are read with those fields only. Only the read layer sees these
 * loaders: everything else reads through the named reads of data-source.ts.
 */
export function createLoaders(
  payload: Payload,
  user: User | null,
  scope: Scope,
  requested: RequestedFields | null,
  gate: YearGate = createYearGate(payload),
  { asStaff = false }: { asStaff?: boolean } = {},
) {
  // As staff: what every signed-in editor reads (the shared search index of drafts, src/read/search.ts), whoever asks.
  const access = { overrideAccess: asStaff, user, locale: scope.locale, fallbackLocale: 'sv', draft: scope.draft } as const
  const isDocumentId = (id: string) => canBeDocumentId(payload, id)

  const selects = new Map<Slug, SelectIncludeType | undefined>()
  /** What to read of a collection's documents, with the field a loader looks them up by. */
  const selectOf = (collection: Slug, key?: string): SelectType | undefined => {
    if (!requested) return UNREAD[collection]
    if (!selects.has(collection)) {
      const fieldNames = payload.collections[collection].config.flattenedFields.map((field) => field.name)
      selects.set(collection, selectFor(collection, fieldNames, requested))
    }
    const select = selects.get(collection)
    return select && key ? { ...select, [key]: true } : select
  }

  /**
   * Outside preview, published documents only, for signed-in editors too (whose access rules
   * would let them read drafts), and nothing of a year whose round is not published
   * (public-years.ts). The rounds are read before the documents, so that a round published
   * meanwhile is seen either not at all or with everything it published.
   */
  const visible = async (collection: Slug, where: Where): Promise<Where> => {
    if (scope.draft) return where
    const yearField = YEAR_FIELD[collection]
    const conditions = [
      ...(payload.collections[collection].config.versions?.drafts ? [PUBLISHED] : []),
      ...(yearField ? outsideHiddenYears(await gate.hiddenYears(), yearField) : []),
    ]
    return conditions.length ? { and: [where, ...conditions] } : where
  }

  const find = async <S extends Slug>(
    collection: S,
    where: Where,
    sort?: string | string[],
    limit?: number,
    select?: SelectType,
  ): Promise<Docs[S][]> => {
    const { docs } = await payload.find({
      collection,
      where: await visible(collection, where),
      sort,
      limit,
      select: select ?? selectOf(collection),
      depth: 0,
      pagination: false,
      ...access,
    })
    return docs as unknown as Docs[S][]
  }

  /**
   * What `find` lists, `pageSize` documents at a time in ID order: for reading a whole collection
   * without holding at once everything reading it allocates (at hundreds of programmes, a few
   * hundred megabytes for the news alone).
   */
  async function* findInPages<S extends Slug>(collection: S, where: Where, pageSize: number, select?: SelectType) {
    for (let page = 1; ; page++) {
      const result = await payload.find({
        collection,
        where: await visible(collection, where),
        sort: 'id',
        page,
        limit: pageSize,
        select: select ?? selectOf(collection),
        depth: 0,
        ...access,
      })
      yield result.docs as unknown as Docs[S][]
      if (!result.hasNextPage) return
    }
  }

  /** Counts what `find` lists; Payload's count reads no drafts, so preview counts through find. */
  const count = async (collection: Slug, where: Where): Promise<number> => {
    if (!scope.draft) return (await payload.count({ collection, where: await visible(collection, where), ...access })).totalDocs
    return (await payload.find({ collection, where, limit: 1, depth: 0, select: {}, ...access })).totalDocs
  }

  /** One document per key, looked up by a unique field. */
  const unique = <S extends Slug>(collection: S, field: string) =>
    new DataLoader<string, Docs[S] | null>(async (keys) => {
      const wanted = field === 'id' ? keys.filter(isDocumentId) : [...keys]
      if (!wanted.length) return keys.map(() => null)
      const docs = await find(collection, { [field]: { in: wanted } }, undefined, undefined, selectOf(collection, field))
      const byKey = new Map(docs.map((doc) => [String((doc as unknown as Record<string, unknown>)[field]), doc]))
      return keys.map((key) => byKey.get(key) ?? null)
    })

  /** Every document whose (possibly many-valued) relationship `field` holds the key, and that meets `where`. */
  const related = <S extends Slug>(collection: S, field: string, sort?: string, where?: Where) =>
    new DataLoader<string, Docs[S][]>(async (keys) => {
      const byKey = { [field]: { in: [...keys] } }
      const docs = await find(collection, where ? { and: [byKey, where] } : byKey, sort, undefined, selectOf(collection, field))
      return keys.map((key) =>
        docs.filter((doc) => {
          const value = (doc as unknown as Record<string, unknown>)[field]
          return Array.isArray(value) ? value.some((v) => idOf(v as string) === key) : idOf(value as string) === key
        }),
      )
    })

  /** In preview, a draft saved before it had a title has no slug: the API gives its ID instead (NewsItem.slug). */
  const newsBySlugOrDraftId = () => {
    const bySlug = unique('news', 'slug')
    return new DataLoader<string, News | null>(async (keys) => {
      const found = await bySlug.loadMany(keys)
      const missing = keys.filter((key, i) => !found[i] && isDocumentId(key))
      const untitled = missing.length ? await find('news', { and: [{ id: { in: missing } }, { slug: { exists: false } }] }) : []
      return keys.map((key, i) => (found[i] as News | null) ?? untitled.find((doc) => doc.id === key) ?? null)
    })
  }

  return {
    payload,
    scope,
    find,
    findInPages,
    count,
    isDocumentId,
    /** Whether the programme's year is shown in this scope: always in preview, else once its round is published. */
    yearIsPublic: async (programme: string, year: number): Promise<boolean> => scope.draft || gate.isPublic(programme, year),
    programmeById: unique('programmes', 'id'),
    programmeBySlug: unique('programmes', 'slug'),
    focusAreaById: unique('focus-areas', 'id'),
    focusAreaBySlug: unique('focus-areas', 'slug'),
    focusAreasByProgramme: related('focus-areas', 'programme', 'order'),
    goalById: unique('milestone-goals', 'id'),
    goalsByProgramme: related('milestone-goals', 'programme', 'code'),
    goalsByFocusArea: related('milestone-goals', 'focusArea', 'code'),
    goalsByOrganisation: related('milestone-goals', 'responsible', 'code'),
    goalsByIndicator: related('milestone-goals', 'indicators', 'code'),
    indicatorById: unique('indicators', 'id'),
    organisationById: unique('organisations', 'id'),
    organisationBySlug: unique('organisations', 'slug'),
    /** A goal's assessments; a draft saved before its year was chosen is an assessment of no year, so of none. */
    assessmentsByGoal: related('follow-ups', 'milestoneGoal', 'year', { year: { exists: true } }),
    /** Keys `${programmeID}:${year}`: one read for all the years a report compares. */
    assessmentsByProgrammeYear: new DataLoader<string, Assessment[]>(async (keys) => {
      const pairs = keys.map((key) => key.split(':'))
      const docs = await find('follow-ups', {
        and: [{ programme: { in: [...new Set(pairs.map(([p]) => p))] } }, { year: { in: [...new Set(pairs.map(([, y]) => Number(y)))] } }],
      })
      return keys.map((key) => docs.filter((doc) => `${idOf(doc.programme)}:${doc.year}` === key))
    }),
    /** The years with assessments, without reading the assessments themselves. */
    assessedYearsByProgramme: new DataLoader<string, number[]>(async (keys) => {
      const docs = await find('follow-ups', { programme: { in: [...keys] } }, undefined, undefined, { programme: true, year: true })
      const yearsOf = (key: string) => new Set(docs.filter((doc) => idOf(doc.programme) === key).map((doc) => doc.year))
      return keys.map((key) => [...yearsOf(key)].sort((a, b) => a - b))
    }),
    newsById: unique('news', 'id'),
    newsBySlug: scope.draft ? newsBySlugOrDraftId() : unique('news', 'slug'),
    newsBodyById: new DataLoader<string, News['body'] | null>(async (ids) => {
      const docs = await find('news', { id: { in: [...ids] } }, undefined, undefined, { body: true })
      const bodies = new Map(docs.map((doc) => [doc.id, doc.body]))
      return ids.map((id) => bodies.get(id) ?? null)
    }),
    contactById: unique('contacts', 'id'),
    actionById: unique('actions', 'id'),
    actionsByGoal: related('actions', 'milestoneGoals', 'title'),
    actionsByOrganisation: related('actions', 'responsible', 'title'),
    /** The years hidden from readers without preview: those whose round is not yet published (public-years.ts). */
    hiddenYears: () => gate.hiddenYears(),
    mediaById: unique('media', 'id'),
  }
}

export type Loaders = ReturnType<typeof createLoaders>
