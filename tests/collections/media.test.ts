import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { MAX_UPLOAD_BYTES } from '../../collections/Media'
import { pngFile, testPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const minimalPdf = Buffer.from(
  [
    '%PDF-1.4',
    '1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
      '3 0 obj<</Type/Page/MediaBox[0 0 10 10]/Parent 2 0 R>>endobj',
    'xref',
    '0 4',
    'trailer<</Size 4/Root 1 0 R>>',
    'startxref',
    '0',
    '%%EOF',
    '',
  ].join('\n'),
)

const upload = (file: { data: Buffer; mimetype: string; name: string; size: number }, alt: string | undefined = 'Alternativtext') =>
  payload.create({ collection: 'media', data: { alt } as never, file, overrideAccess: true, depth: 0 })

const count = async () => (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs

describe('media', () => {
  it('an image gets its alt text and the configured sizes', async () => {
    const doc = await upload(await pngFile('diagram.png', 2000, 1200), 'Stapeldiagram över utsläppen')
    expect(doc.alt).toBe('Stapeldiagram över utsläppen')
    expect(doc.width).toBe(2000)
    expect(doc.sizes?.thumbnail?.width).toBe(400)
    expect(doc.sizes?.card?.width).toBe(768)
    expect(doc.sizes?.hero?.width).toBe(1600)
  })

  it('a PDF is accepted', async () => {
    const doc = await upload({ data: minimalPdf, mimetype: 'application/pdf', name: 'program.pdf', size: minimalPdf.length }, 'KMPP 2017')
    expect(doc.mimeType).toBe('application/pdf')
  })

  it('an upload without alt text is refused, naming the field', async () => {
    const before = await count()
    await expect(upload(await pngFile(), '')).rejects.toMatchObject({
      status: 400,
      data: { errors: [expect.objectContaining({ path: 'alt' })] },
    })
    expect(await count()).toBe(before)
  })

  it('other file types are refused', async () => {
    const before = await count()
    const text = Buffer.from('hello')
    await expect(upload({ data: text, mimetype: 'text/plain', name: 'a.txt', size: text.length })).rejects.toBeTruthy()
    expect(await count()).toBe(before)
  })

  it('a script that calls itself a PNG is refused', async () => {
    const before = await count()
    const script = Buffer.from('<script>alert(1)</script>\n'.repeat(20))
    await expect(upload({ data: script, mimetype: 'image/png', name: 'bild.png', size: script.length })).rejects.toBeTruthy()
    expect(await count()).toBe(before)
  })

  it(`a file over ${MAX_UPLOAD_BYTES} bytes is refused`, async () => {
    const before = await count()
    const big = await pngFile()
    const data = Buffer.concat([big.data, Buffer.alloc(MAX_UPLOAD_BYTES + 1)])
    await expect(upload({ ...big, data, size: data.length })).rejects.toMatchObject({
      status: 400,
      data: { errors: [expect.objectContaining({ path: 'file', message: expect.stringMatching(/för stor/) })] },
    })
    expect(await count()).toBe(before)
  })
})
