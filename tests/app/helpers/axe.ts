/** axe-core's checks run inside the page, and what they find worded for a failure message. */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { AxeResults, Result } from 'axe-core'
import type { Page } from 'playwright-core'

const require = createRequire(import.meta.url)
const AXE_SCRIPT = path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js')

/** The violations on the page as it is now whose impact is serious or critical. */
export async function seriousViolations(page: Page): Promise<Result[]> {
  await page.addScriptTag({ path: AXE_SCRIPT })
  const results = await page.evaluate(() => (window as unknown as { axe: { run: () => Promise<AxeResults> } }).axe.run())
  return results.violations.filter(({ impact }) => impact === 'serious' || impact === 'critical')
}

/** WCAG 2.1 level A and AA, the level the law (2018:1937) asks for. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/**
 * Every violation of WCAG 2.1 A and AA on the page as it is now. axe is run through the debugging
 * protocol, which no Content-Security-Policy of the page stops (an added script tag would be).
 */
export async function wcagViolations(page: Page): Promise<Result[]> {
  await page.evaluate(readFileSync(AXE_SCRIPT, 'utf8'))
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (options: object) => Promise<AxeResults> } }).axe.run({ runOnly: { type: 'tag', values: tags } }),
    WCAG_21_AA,
  )
  return results.violations
}

export function describeViolations(violations: Result[]): string {
  return violations
    .map(({ impact, id, help, helpUrl, nodes }) =>
      [
        `${impact} ${id}: ${help} (${helpUrl})`,
        ...nodes.map(({ target, failureSummary }) => `  ${target.join(' ')}: ${failureSummary ?? ''}`),
      ].join('\n'),
    )
    .join('\n')
}
