import type { CollectionBeforeValidateHook } from 'payload'

import { refused } from '../reporting'
import { ROUND_STATE_OPTIONS, type RoundState } from './states'

/** Strategists move a round between open and review as often as needed; publishing is the publish endpoint's alone. */
const TRANSITIONS: Record<RoundState, RoundState[]> = { open: ['review'], review: ['open'], published: [] }

const svLabel = (state: RoundState) => ROUND_STATE_OPTIONS.find((option) => option.value === state)?.label.sv.toLowerCase() ?? state

/** Why moving a round from `from` to `to` is refused, in Swedish, or undefined when it is allowed. */
export function refusedRoundChange(from: RoundState | undefined, to: RoundState, publishing: boolean): string | undefined {
  if (from === to) return undefined
  if (to === 'published') {
    return publishing ? undefined : 'En omgång publiceras bara med Publicera året, som publicerar alla godkända uppföljningar på en gång.'
  }
  if (from === undefined || TRANSITIONS[from].includes(to)) return undefined
  return `En omgång kan inte gå från ${svLabel(from)} till ${svLabel(to)}.`
}

/**
 * The round's state, when a person saves it (the seed saves without a user): `published` only with
 * `context.publishingRound`, which the publish endpoint (./publish.ts) sets.
 */
export const checkRoundState: CollectionBeforeValidateHook = ({ data, operation, originalDoc, req, context }) => {
  if (!req.user) return data
  const from = operation === 'update' ? (originalDoc?.state as RoundState | undefined) : undefined
  const to = ((data as { state?: RoundState } | undefined)?.state ?? from ?? 'open') as RoundState
  const message = refusedRoundChange(from, to, context.publishingRound === true)
  if (message) throw refused(400, message)
  return data
}
