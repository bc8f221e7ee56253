import { describe, expect, it } from 'vitest'

import { formatNumber } from '../../src/app/(public)/format'
import { pdfText } from '../../src/app/(public)/report/pdf-text'

describe('pdfText', () => {
  it('keeps å, ä, ö, the en dash and the no-break space, which WinAnsi has', () => {
    expect(pdfText('Åtgärder – växthusgaser 1\u00a0234,5 år')).toBe('Åtgärder – växthusgaser 1\u00a0234,5 år')
  })

  it('writes the minus sign of Swedish numbers as a hyphen-minus, which WinAnsi has', () => {
    expect(formatNumber(-3.5)).toBe('\u22123,5')
    expect(pdfText(formatNumber(-3.5))).toBe('-3,5')
  })
})
