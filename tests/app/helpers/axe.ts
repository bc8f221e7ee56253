/** axe-core's checks run inside the page, and what they find worded for a failure message. */
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
