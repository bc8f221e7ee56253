import { createLocalReq, type FieldHook, type Payload, type PayloadRequest, type Validate } from 'payload'

import { type NewsLinks, programmesOfLinks } from '../relations'

/**
 * A news item belongs to the programme its focus areas and milestone goals belong to: a follow-up
 * report finds its news by programme and year in one indexed read. Without links, or with links to
 * several programmes (a draft, which is not validated), it belongs to none.
 */
export const programmeOfNews: FieldHook = ({ req, siblingData }) => theProgramme(req, siblingData as NewsLinks)

async function theProgramme(req: PayloadRequest, links: NewsLinks): Promise<string | null> {
  const programmes = await programmesOfLinks(req, links)
  return programmes.size === 1 ? [...programmes][0] : null
}

export const validateOneProgramme: Validate<unknown, NewsLinks> = async (_, { req, data }) => {
  const programmes = await programmesOfLinks(req, data)
  return programmes.size <= 1 ? true : 'Fokusområdena och etappmålen ska höra till samma program.'
}

/**
 * Gives news items, and their versions, written before `programme` existed their programme, keeping
 * their time of update: run by the migration that added it, and at every development start, where
 * the schema is pushed without migrations.
 */
export async function fillMissingNewsProgrammes(payload: Payload, req?: Partial<PayloadRequest>): Promise<number> {
  const localReq = await createLocalReq({ req }, payload)
  let filled = 0
  const { docs } = await payload.find({
    collection: 'news',
    where: { programme: { exists: false } },
    pagination: false,
    depth: 0,
    req: localReq,
  })
  for (const doc of docs) {
    const programme = await theProgramme(localReq, doc)
    if (!programme) continue
    await payload.db.updateOne({ collection: 'news', id: doc.id, data: { programme, updatedAt: doc.updatedAt }, req: localReq })
    filled++
  }
  const versions = await payload.findVersions({
    collection: 'news',
    where: { 'version.programme': { exists: false } },
    pagination: false,
    depth: 0,
    req: localReq,
  })
  for (const { id, version, updatedAt } of versions.docs) {
    const programme = await theProgramme(localReq, version)
    // Only the new field: the rest of the version, its other locales included, stays as it is.
    const versionData = { version: { programme, updatedAt: version.updatedAt }, updatedAt }
    if (programme) await payload.db.updateVersion({ collection: 'news', id, versionData: versionData as never, req: localReq })
  }
  return filled
}
