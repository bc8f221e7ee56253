import { describe, expect, it } from 'vitest'

import { embedPath, embedTargetOf } from '../../src/app/embed/embed-paths'

const at = (address: string) => embedTargetOf(new URL(address, 'http://site.test'))

describe('embed paths', () => {
  it('addresses each embed, in English with lang=en', () => {
    expect(embedPath({ kind: 'goal', programme: 'kmpp-2017', code: '1.2' })).toBe('/embed/goal/kmpp-2017/1.2')
    expect(embedPath({ kind: 'indicator', id: 'a b' }, 'en')).toBe('/embed/indicator/a%20b?lang=en')
    expect(embedPath({ kind: 'summary', programme: 'kmpp-2017', year: 2020 })).toBe('/embed/summary/kmpp-2017/2020')
  })

  it("maps a year's follow-up to its summary, and a goal's anchor or page to the goal", () => {
    expect(at('/uppfoljning/kmpp-2017/2020')).toEqual({ target: { kind: 'summary', programme: 'kmpp-2017', year: 2020 }, language: 'sv' })
    expect(at('/uppfoljning/kmpp-2017/2020#etappmal-1-2')?.target).toEqual({ kind: 'goal', programme: 'kmpp-2017', code: '1.2' })
    expect(at('/uppfoljning/kmpp-2017/mal/3.1')?.target).toEqual({ kind: 'goal', programme: 'kmpp-2017', code: '3.1' })
    expect(at('/uppfoljning/kmpp-2017/2020#sammanfattning')?.target.kind).toBe('summary')
  })

  it("maps an indicator's export to the indicator", () => {
    expect(at('/export/indicator/abc123.csv')?.target).toEqual({ kind: 'indicator', id: 'abc123' })
    expect(at('/export/indicator/abc123.xml')).toBeNull()
  })

  it('takes an embed address as it is, with its language', () => {
    expect(at('/embed/goal/kmpp-2017/1.2?lang=en')).toEqual({
      target: { kind: 'goal', programme: 'kmpp-2017', code: '1.2' },
      language: 'en',
    })
    expect(at('/embed/indicator/x')?.target).toEqual({ kind: 'indicator', id: 'x' })
    expect(at('/embed/summary/kmpp-2017/2020')?.target).toEqual({ kind: 'summary', programme: 'kmpp-2017', year: 2020 })
  })

  it('finds nothing to embed elsewhere', () => {
    for (const address of [
      '/',
      '/nyheter',
      '/uppfoljning/kmpp-2017',
      '/uppfoljning/kmpp-2017/20x0',
      '/embed/summary/kmpp-2017/x',
      '/embed/goal/a',
      '/uppfoljning/%E0%A4%A/2020',
    ]) {
      expect(at(address), address).toBeNull()
    }
  })
})
