import sharp from 'sharp'

export type UploadFile = { data: Buffer; name: string; type: string }

/** A real PNG image, small unless padded past `padTo` bytes (a valid image with trailing bytes). */
export async function pngUpload(name: string, padTo = 0): Promise<UploadFile> {
  const image = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 30, g: 120, b: 80 } } })
    .png()
    .toBuffer()
  const data = padTo > image.length ? Buffer.concat([image, Buffer.alloc(padTo - image.length)]) : image
  return { data, name, type: 'image/png' }
}

/** Text that claims to be something else. */
export function textUpload(text: string, name: string, type: string): UploadFile {
  return { data: Buffer.from(text), name, type }
}
