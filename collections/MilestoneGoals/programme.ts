import { derivedField, unchanged } from '../derived/field'
import { programmeOf } from '../relations'

/** The programme of the goal's focus area. */
export const goalProgramme = derivedField({
  collection: 'milestone-goals',
  name: 'programme',
  sources: ['focusArea'],
  derive: async ({ data, req }) => (await programmeOf(req, data.focusArea as Parameters<typeof programmeOf>[1])) ?? unchanged,
})
