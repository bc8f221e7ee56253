import type { ReactElement } from 'react'

type StaticRenderer = (element: ReactElement) => string

let renderer: StaticRenderer | undefined

/**
 * React's static HTML renderer. Next forbids importing react-dom/server in route handlers (their
 * bundle resolves it to the React Server Components build, which cannot render to HTML), so it is
 * loaded from node_modules at runtime, out of the bundler's sight, as Node itself resolves it. The
 * elements it renders are plain: server components only, without hooks or client components.
 */
export function renderToStaticMarkup(element: ReactElement): string {
  if (!renderer) {
    const nodeRequire = process.getBuiltinModule('node:module').createRequire(`${process.cwd()}/`)
    renderer = (nodeRequire('react-dom/server') as typeof import('react-dom/server')).renderToStaticMarkup
  }
  return renderer(element)
}
