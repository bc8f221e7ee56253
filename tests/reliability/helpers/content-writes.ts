/**
 * An editor's writes through Payload's REST API, for the suites that write under load or kill the
 * server in the middle of writing: news items and yearly assessments, and how REST and our API
 * show them afterwards. Each write carries a text of its own, so that a read can tell which write
 * it shows.
 */
import { queryApiAt } from '@/src/app/api-client/client'
import type { GoalStatus } from '@/src/figures'
import { richTextFromParagraphs, richTextToPlainText } from '@/src/shared/richtext'
import type { Client, Reply } from './http'

export type NewsState = { title: string; lead: string; _status: 'draft' | 'published' }
export type NewsItemRef = { id: string; slug: string }
export type Assessment = { status: GoalStatus; commentary: string }
export type FollowUpRef = { id: string; milestoneGoal: string }

export const sameNews = (a: NewsState | null | undefined, b: NewsState | undefined) =>
  !!a && !!b && a.title === b.title && a.lead === b.lead && a._status === b._status
export const sameAssessment = (a: Assessment | undefined, b: Assessment | undefined) =>
  !!a && !!b && a.status === b.status && a.commentary === b.commentary

/** The JSON of a 2xx reply; anything else is a write that was not acknowledged. */
function acknowledged(reply: Reply, what: string): any {
  if (reply.status < 200 || reply.status > 299) throw new Error(`${what}: ${reply.status} ${reply.text.slice(0, 300)}`)
  return reply.json
}

export async function createNewsItem(editor: Client, item: NewsState): Promise<NewsItemRef> {
  const { doc } = acknowledged(await editor.post('/api/news', item), 'creating a news item')
  return { id: doc.id, slug: doc.slug }
}

export async function updateNewsItem(editor: Client, id: string, item: NewsState): Promise<void> {
  acknowledged(await editor.patch(`/api/news/${id}`, item), `updating news item ${id}`)
}

/** Sets a follow-up's status and commentary and publishes it. */
export async function publishAssessment(strategist: Client, followUpId: string, assessment: Assessment): Promise<void> {
  const data = { status: assessment.status, commentary: richTextFromParagraphs([assessment.commentary]), _status: 'published' }
  acknowledged(await strategist.patch(`/api/follow-ups/${followUpId}`, data), `publishing follow-up ${followUpId}`)
}

/** A news item as stored; null when there is none. */
export async function storedNewsItem(editor: Client, id: string): Promise<(NewsState & { slug: string }) | null> {
  const reply = await editor.get(`/api/news/${id}?depth=0`)
  if (reply.status === 404) return null
  const doc = acknowledged(reply, `reading news item ${id}`)
  return { title: doc.title, lead: doc.lead, _status: doc._status, slug: doc.slug }
}

const assessmentOf = (doc: any): Assessment & { _status: string } => ({
  status: doc.status,
  commentary: richTextToPlainText(doc.commentary),
  _status: doc._status,
})

/** A follow-up's status and commentary as stored. */
export async function storedAssessment(strategist: Client, id: string): Promise<Assessment & { _status: string }> {
  return assessmentOf(acknowledged(await strategist.get(`/api/follow-ups/${id}?depth=0`), `reading follow-up ${id}`))
}

/** Every kept version of a follow-up (Payload keeps the latest 50), newest first. */
export async function storedAssessmentVersions(strategist: Client, id: string): Promise<Array<Assessment & { _status: string }>> {
  const reply = await strategist.get(`/api/follow-ups/versions?where[parent][equals]=${id}&depth=0&limit=100&sort=-updatedAt`)
  return acknowledged(reply, `reading the versions of follow-up ${id}`).docs.map((doc: any) => assessmentOf(doc.version))
}

/** The follow-ups of one year of the programme with `slug`. */
export async function followUpsOf(client: Client, slug: string, year: number): Promise<FollowUpRef[]> {
  const programmes = acknowledged(await client.get(`/api/programmes?where[slug][equals]=${slug}&depth=0`), `finding programme ${slug}`)
  const programmeId = programmes.docs[0]?.id
  if (!programmeId) throw new Error(`No programme ${slug}`)
  const found = acknowledged(
    await client.get(`/api/follow-ups?where[programme][equals]=${programmeId}&where[year][equals]=${year}&depth=0&limit=100`),
    `finding the follow-ups of ${year}`,
  )
  return found.docs.map((doc: any) => ({ id: doc.id, milestoneGoal: doc.milestoneGoal }))
}

export type AssessmentShown = { status: string; commentary: string | null }

/** The year's follow-up as our API shows it: each goal's status and plain-text commentary by milestone goal ID. */
export async function assessmentsShown(url: string, programme: string, year: number): Promise<Map<string, AssessmentShown>> {
  const { followUp } = await queryApiAt<
    { followUp: { goals: Array<AssessmentShown & { milestoneGoal: { id: string } }> } },
    { programme: string; year: number }
  >(
    `${url}/graphql`,
    'query($programme: String!, $year: Int!) { ' +
      'followUp(programme: $programme, year: $year) { goals { milestoneGoal { id } status commentary(format: TEXT) } } }',
    {
      programme,
      year,
    },
  )
  return new Map(followUp.goals.map(({ milestoneGoal, ...shown }) => [milestoneGoal.id, shown]))
}

/** Whether the API shows `assessment` (a status as stored, e.g. on_track, and its commentary). */
export const showsAssessment = (shown: AssessmentShown | undefined, assessment: Assessment) =>
  shown?.status === assessment.status.toUpperCase() && shown.commentary === assessment.commentary

/** A news item as our API shows it; null when it does not. */
export async function newsItemShown(url: string, slug: string): Promise<{ title: string; lead: string | null } | null> {
  const query = 'query($slug: String!) { newsItem(slug: $slug) { title lead } }'
  return (
    await queryApiAt<{ newsItem: { title: string; lead: string | null } | null }, { slug: string }>(`${url}/graphql`, query, { slug })
  ).newsItem
}
