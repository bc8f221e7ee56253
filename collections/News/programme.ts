import type { Validate } from 'payload'

import { derivedField } from '../derived/field'
import { type NewsLinks, programmesOfLinks } from '../relations'

/**
 * A news item belongs to the programme its focus areas and milestone goals belong to: a follow-up
 * report finds its news by programme and year in one indexed read. Without links, or with links to
 * several programmes (a draft, which is not validated), it belongs to none.
 */
export const newsProgramme = derivedField({
  collection: 'news',
  name: 'programme',
  sources: ['focusAreas', 'milestoneGoals'],
  derive: async ({ data, req }) => {
    const programmes = await programmesOfLinks(req, data as NewsLinks)
    return programmes.size === 1 ? [...programmes][0] : null
  },
})

export const validateOneProgramme: Validate<unknown, NewsLinks> = async (_, { req, data }) => {
  const programmes = await programmesOfLinks(req, data)
  return programmes.size <= 1 ? true : 'Fokusområdena och etappmålen ska höra till samma program.'
}
