import type JSZip from 'jszip'

import { type SpreadsheetLimits, sizeText } from './limits'
import { SpreadsheetError } from './problems'

/**
 * Refuses an XLSX file whose contents unpack to more than the limit, counting the bytes as they
 * are inflated (a zip's own sizes can lie), before any library reads the whole of it.
 */
export async function checkUnpackedSize(bytes: Uint8Array, limits: SpreadsheetLimits): Promise<void> {
  let zip: JSZip
  try {
    const { default: Zip } = await import('jszip')
    zip = await Zip.loadAsync(bytes)
  } catch {
    throw new SpreadsheetError('Filen går inte att öppna som XLSX: den är trasig eller inte en Excel-arbetsbok.')
  }
  let total = 0
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue
    await new Promise<void>((resolve, reject) => {
      const stream = entry.nodeStream('nodebuffer')
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length
        if (total > limits.unpackedBytes) {
          ;(stream as unknown as { pause(): void }).pause()
          reject(
            new SpreadsheetError(`Filen är för stor uppackad: en XLSX-fil får packas upp till högst ${sizeText(limits.unpackedBytes)}.`),
          )
        }
      })
      stream.on('error', () => reject(new SpreadsheetError('Filen går inte att öppna som XLSX: den är trasig.')))
      stream.on('end', () => resolve())
    })
  }
}
