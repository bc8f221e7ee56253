import type { PayloadRequest, Validate } from 'payload'

import { takenByAnother } from '../fields/unique'
import { isLinkedFrom, programmeOf, validateMove } from '../relations'

type GoalData = { focusArea?: string | { id: string } | null }

/** A milestone goal's code, e.g. `1.2`: one focus area number and a running number. */
export const GOAL_CODE_PATTERN = /^\d{1,2}\.\d{1,2}$/

export const validateGoalCode: Validate<string, GoalData> = async (value, { req, data, id }) => {
  if (!value) return 'Ange etappmålets nummer, till exempel 1.2.'
  if (!GOAL_CODE_PATTERN.test(value)) return 'Numret skrivs som fokusområde och löpnummer, till exempel 1.2.'
  const programme = await programmeOf(req, data?.focusArea)
  if (!programme) return true
  const taken = await takenByAnother(req, 'milestone-goals', [{ programme: { equals: programme } }, { code: { equals: value } }], id)
  return taken ? `Programmet har redan ett etappmål med nummer ${value}.` : true
}

async function adoptionYear(req: PayloadRequest, focusArea: GoalData['focusArea']): Promise<number | undefined> {
  const programmeId = await programmeOf(req, focusArea)
  if (!programmeId) return undefined
  const programme = await req.payload.findByID({ collection: 'programmes', id: programmeId, depth: 0, req, disableErrors: true })
  return programme?.adoptedOn ? new Date(programme.adoptedOn).getUTCFullYear() : undefined
}

export const validateTargetYear: Validate<number, GoalData> = async (value, { req, data }) => {
  const adopted = await adoptionYear(req, data?.focusArea)
  if (adopted !== undefined && typeof value === 'number' && value < adopted) {
    return `Målåret kan inte ligga före programmets antagande (${adopted}).`
  }
  return true
}

/**
 * A goal moves to a focus area of another programme only without assessments or news: they took
 * their programme from the goal, and the reports of both programmes would be wrong.
 */
export const keepProgrammeWhileAssessed = validateMove(async ({ id, req, from, to }) => {
  const [previous, programme] = await Promise.all([programmeOf(req, from), programmeOf(req, to)])
  if (!previous || programme === previous) return true
  if (await isLinkedFrom(req, 'follow-ups', 'milestoneGoal', id)) {
    return 'Etappmålet har uppföljningar och kan inte flyttas till ett annat program.'
  }
  if (await isLinkedFrom(req, 'news', 'milestoneGoals', id)) {
    return 'Etappmålet har nyheter och kan inte flyttas till ett annat program. Ta bort det från nyheterna först.'
  }
  return true
})
