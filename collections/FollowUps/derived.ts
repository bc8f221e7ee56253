import type { MilestoneGoal } from '../../src/payload-types'
import { idOf } from '../../src/shared/ids'
import { type Derivation, derivedField, unchanged } from '../derived/field'
import { renderedRichText } from '../fields/rendered-rich-text'

type Input = Parameters<Derivation<unknown>>[0]

const goalIdOf = ({ data, originalDoc }: Input) => idOf((data.milestoneGoal ?? originalDoc?.milestoneGoal) as Parameters<typeof idOf>[0])

/** The follow-up's milestone goal, read once for all the fields derived from it; null when it is gone. */
const goalOf = (input: Input, id: string) =>
  input.once(`milestone-goals ${id}`, () =>
    input.req.payload.findByID({ collection: 'milestone-goals', id, depth: 0, req: input.req, disableErrors: true }),
  ) as Promise<MilestoneGoal | null>

/** The programme of the follow-up's milestone goal. */
export const followUpProgramme = derivedField({
  collection: 'follow-ups',
  name: 'programme',
  sources: ['milestoneGoal'],
  derive: async (input) => {
    const id = goalIdOf(input)
    return id ? idOf((await goalOf(input, id))?.programme) : unchanged
  },
})

/** `1.2 – 2020`: the goal's code and the year, the follow-up's title in the admin. */
export const followUpTitle = derivedField({
  collection: 'follow-ups',
  name: 'title',
  sources: ['milestoneGoal', 'year'],
  derive: async (input) => {
    const id = goalIdOf(input)
    if (!id) return unchanged
    const year = input.data.year ?? input.originalDoc?.year
    return `${(await goalOf(input, id))?.code ?? '?'} – ${year ?? '?'}`
  },
})

export const followUpCommentaryRendered = renderedRichText('follow-ups', 'commentary')

export const followUpDerivedFields = [followUpProgramme, followUpTitle, followUpCommentaryRendered]
