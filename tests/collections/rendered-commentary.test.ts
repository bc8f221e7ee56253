import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { richTextFromParagraphs } from '../../src/shared/richtext'
import { makeProgramme } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { asBeforeField, fillMissing } from '../helpers/read-models'

let payload: Payload
let goalId: string

beforeAll(async () => {
  payload = await testPayload()
  goalId = (await makeProgramme(payload)).goal.id
})

const link = (url: string, text: string) => ({
  type: 'link',
  version: 3,
  direction: 'ltr',
  format: '',
  indent: 0,
  fields: { linkType: 'custom', url, newTab: false },
  children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
})

/** A commentary with a script in its text, a javascript: link and an ordinary one. */
function hostileCommentary() {
  const richText = richTextFromParagraphs(['Före <script>alert(1)</script> '])
  richText.root.children[0].children = [
    ...(richText.root.children[0].children as object[]),
    link('javascript:alert(2)', 'farlig'),
    link('https://www.haninge.se/', 'kommunen'),
  ]
  return richText
}

let year = 2000
async function makeFollowUp(data: Record<string, unknown>) {
  return payload.create({
    collection: 'follow-ups',
    data: { milestoneGoal: goalId, year: year++, status: 'on_track', _status: 'published', ...data },
    overrideAccess: true,
    depth: 0,
  })
}

/** The follow-up as stored, in every locale: its published document, or with `draft` its latest version. */
async function stored(id: string, draft = false) {
  return payload.findByID({ collection: 'follow-ups', id, depth: 0, draft, overrideAccess: true, locale: 'all' })
}

const rendered = (text: string) => ({ html: `<p>${text}</p>`, text })

describe('the commentary of a follow-up, kept rendered', () => {
  it('is stored as sanitised HTML and as plain text when it is saved', async () => {
    const { commentaryRendered } = await makeFollowUp({ commentary: hostileCommentary() })
    expect(commentaryRendered?.sv?.html).not.toMatch(/<script|javascript:/i)
    expect(commentaryRendered?.sv?.html).toContain('<a href="https://www.haninge.se/" rel="noopener noreferrer">kommunen</a>')
    expect(commentaryRendered?.sv?.text).toBe('Före <script>alert(1)</script> farligkommunen')
  })

  it('overwrites renderings a client sends', async () => {
    const forged = { sv: { html: '<script>alert(3)</script>', text: 'Falsk' }, en: { html: '<script>alert(4)</script>', text: 'Fake' } }
    const followUp = await makeFollowUp({ commentary: richTextFromParagraphs(['Ärlig text.']), commentaryRendered: forged })
    expect(followUp.commentaryRendered).toEqual({ sv: rendered('Ärlig text.') })
    const updated = await payload.update({
      collection: 'follow-ups',
      id: followUp.id,
      data: { commentaryRendered: forged },
      overrideAccess: true,
      depth: 0,
    })
    expect(updated.commentaryRendered).toEqual({ sv: rendered('Ärlig text.') })
  })

  it('follows every save: a save without the commentary keeps it rendered, clearing it empties the rendering', async () => {
    const followUp = await makeFollowUp({ commentary: richTextFromParagraphs(['Första.']) })
    const save = async (data: Record<string, unknown>) =>
      (await payload.update({ collection: 'follow-ups', id: followUp.id, data, overrideAccess: true, depth: 0 })).commentaryRendered
    expect(await save({ status: 'achieved' })).toEqual({ sv: rendered('Första.') })
    expect(await save({ commentary: richTextFromParagraphs(['Andra.']) })).toEqual({ sv: rendered('Andra.') })
    expect(await save({ commentary: null })).toEqual({ sv: { html: '', text: '' } })
  })

  it('is rendered per locale, keeping the other locales, in drafts as in published documents', async () => {
    const followUp = await makeFollowUp({ commentary: richTextFromParagraphs(['Svensk.']) })
    await payload.update({
      collection: 'follow-ups',
      id: followUp.id,
      data: { commentary: richTextFromParagraphs(['English.']) },
      locale: 'en',
      overrideAccess: true,
    })
    await payload.update({
      collection: 'follow-ups',
      id: followUp.id,
      data: { commentary: richTextFromParagraphs(['Utkast.']) },
      draft: true,
      overrideAccess: true,
    })
    expect((await stored(followUp.id)).commentaryRendered).toEqual({ sv: rendered('Svensk.'), en: rendered('English.') })
    expect((await stored(followUp.id, true)).commentaryRendered).toEqual({ sv: rendered('Utkast.'), en: rendered('English.') })
  })
})

describe('follow-ups written before the commentary was kept rendered', () => {
  it('get it rendered, in the document and in its versions, with the rest of them and their time of update unchanged', async () => {
    const followUp = await makeFollowUp({ commentary: richTextFromParagraphs(['Svensk kommentar.']) })
    await payload.update({
      collection: 'follow-ups',
      id: followUp.id,
      data: { commentary: richTextFromParagraphs(['English commentary.']) },
      locale: 'en',
      overrideAccess: true,
    })
    await payload.update({
      collection: 'follow-ups',
      id: followUp.id,
      data: { commentary: richTextFromParagraphs(['Utkast.']) },
      draft: true,
      overrideAccess: true,
    })
    const before = { published: await stored(followUp.id), draft: await stored(followUp.id, true) }

    await asBeforeField(payload, 'follow-ups', followUp.id, 'commentaryRendered')
    expect((await stored(followUp.id)).commentaryRendered ?? null).toBeNull()
    expect((await stored(followUp.id, true)).commentaryRendered ?? null).toBeNull()

    expect(await fillMissing(payload, 'follow-ups.commentaryRendered')).toBeGreaterThanOrEqual(1)
    expect(await stored(followUp.id)).toEqual(before.published)
    expect(await stored(followUp.id, true)).toEqual(before.draft)
    expect(before.published.commentaryRendered).toEqual({ sv: rendered('Svensk kommentar.'), en: rendered('English commentary.') })
    expect(before.draft.commentaryRendered).toEqual({ sv: rendered('Utkast.'), en: rendered('English commentary.') })
    expect(await fillMissing(payload, 'follow-ups.commentaryRendered')).toBe(0)
  })
})
