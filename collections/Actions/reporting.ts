import { isDeepStrictEqual } from 'node:util'
import type { CollectionBeforeValidateHook } from 'payload'

import { type idOf, idsOf } from '../../src/shared/ids'
import { goalsResponsibility, openRoundYears, refused, reportingOrganisation } from '../reporting'

type Ref = Parameters<typeof idOf>[0]
type Update = { year?: number | null; text?: unknown }
type ActionData = { milestoneGoals?: Ref[] | null; responsible?: Ref[] | null; updates?: Update[] | null }

/** The years whose yearly report differs between `before` and `after`: added, removed or rewritten. */
export function changedUpdateYears(before: Update[], after: Update[]): number[] {
  const byYear = (updates: Update[]) =>
    new Map(updates.flatMap((update) => (typeof update.year === 'number' ? [[update.year, update.text]] : [])))
  const [old, now] = [byYear(before), byYear(after)]
  return [...new Set([...old.keys(), ...now.keys()])].filter((year) => !isDeepStrictEqual(old.get(year), now.get(year)))
}

/**
 * A reporter's save of an action: only actions their organisation is responsible for (and stays
 * responsible for), only while a round of its goals' programme is open, and a year's report only
 * while that year's round is open. Strategists, admins and server code are not limited.
 */
export const checkActionWrite: CollectionBeforeValidateHook = async ({ data, operation, originalDoc, req }) => {
  const organisation = req.user ? reportingOrganisation(req) : undefined
  if (!organisation) return data
  const before = (operation === 'update' ? originalDoc : {}) as ActionData
  const after = { ...before, ...(data as ActionData) }
  const responsible = [idsOf(after.responsible), ...(operation === 'update' ? [idsOf(before.responsible)] : [])]
  if (responsible.some((ids) => !ids.includes(organisation))) {
    throw refused(403, 'Åtgärden hör inte till din organisation. Du rapporterar bara åtgärder som den ansvarar för.')
  }
  const goals = await goalsResponsibility(req, [...(before.milestoneGoals ?? []), ...(after.milestoneGoals ?? [])])
  const open = await openRoundYears(
    req,
    goals.map((goal) => goal.programme),
  )
  if (open.size === 0) throw refused(403, 'Ingen uppföljningsomgång är öppen för åtgärdens etappmål.')
  const closed = changedUpdateYears(before.updates ?? [], after.updates ?? []).find((year) => !open.has(year))
  if (closed !== undefined) throw refused(403, `Uppföljningsomgången för ${closed} är inte öppen: årets rapport kan inte ändras.`)
  return data
}
