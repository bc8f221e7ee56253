/**
 * The reliability report: each suite records its figures while it runs, and this file, as the
 * config's last global setup, prints them as one table when the run ends.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const dir = path.resolve(import.meta.dirname, '../.tmp/reliability-report')

export type Figure = { label: string; value: number | string }

/** Adds figures under one heading (the suite's name); a later call with the same heading replaces them. */
export function recordFigures(heading: string, figures: Figure[]): void {
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, `${heading.replace(/[^\w-]+/g, '-')}.json`), JSON.stringify({ heading, figures }))
}

export function renderReport(): string {
  const files = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.name.endsWith('.json'))
  const rows = files
    .map((file) => JSON.parse(readFileSync(path.join(dir, file.name), 'utf8')) as { heading: string; figures: Figure[] })
    .sort((a, b) => a.heading.localeCompare(b.heading))
    .flatMap(({ heading, figures }) => figures.map((figure) => `| ${heading} | ${figure.label} | ${figure.value} |`))
  return ['| suite | figure | value |', '| --- | --- | ---: |', ...rows].join('\n')
}

export default function setup() {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  return () => console.log(`\nReliability report\n\n${renderReport()}\n`)
}
