import { describe, expect, it } from 'vitest'

import { embedFrame, frameSize, iframeCode, oembedPath, oembedRich } from '../../src/app/embed/oembed'

describe('oEmbed', () => {
  const goal = { kind: 'goal', programme: 'kmpp-2017', code: '1.2' } as const

  it('answers a rich embed: an iframe of the embed address with its size and title', () => {
    const frame = embedFrame('https://site.test', goal, 'en', 'Milestone goal 1.2: "Less" <CO2>')
    const answer = oembedRich(frame, { name: 'Haninge kommun', url: 'https://site.test/' })
    expect(answer).toMatchObject({
      type: 'rich',
      version: '1.0',
      title: 'Milestone goal 1.2: "Less" <CO2>',
      provider_name: 'Haninge kommun',
      provider_url: 'https://site.test/',
      width: 640,
      height: 560,
    })
    expect(answer.html).toBe(
      '<iframe src="https://site.test/embed/goal/kmpp-2017/1.2?lang=en" width="640" height="560" title="Milestone goal 1.2: &quot;Less&quot; &lt;CO2&gt;" style="border:0;max-width:100%" loading="lazy"></iframe>',
    )
    expect(iframeCode(frame)).toBe(answer.html)
  })

  it('keeps within maxwidth and maxheight, ignoring what is not a positive whole number', () => {
    expect(frameSize('summary', { maxwidth: '300', maxheight: '1000' })).toEqual({ width: 300, height: 460 })
    expect(frameSize('indicator', { maxwidth: '-5', maxheight: 'abc' })).toEqual({ width: 420, height: 340 })
    expect(frameSize('indicator', { maxwidth: '0' })).toEqual({ width: 420, height: 340 })
  })

  it('gives the discovery address of a page', () => {
    expect(oembedPath('https://site.test/uppfoljning/kmpp-2017/2020')).toBe(
      '/oembed?url=https%3A%2F%2Fsite.test%2Fuppfoljning%2Fkmpp-2017%2F2020&format=json',
    )
  })
})
