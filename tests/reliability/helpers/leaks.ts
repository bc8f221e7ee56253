import { root } from '../../helpers/app-server'

/** Signs of the server's insides in a response body: paths, stack frames, stack traces. */
const INTERNALS: Array<[string, RegExp]> = [
  ['a path of the project', new RegExp(`${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|/work/`)],
  ['a node_modules path', /node_modules/],
  ['a stack frame', /\bat (?:async )?\S+ \(?\S+:\d+:\d+\)?/],
  ['a stack trace', /"stacktrace"|"stack"\s*:/i],
]

/** What of the server's insides `body` shows; [] when nothing. */
export function internalsIn(body: string): string[] {
  return INTERNALS.filter(([, pattern]) => pattern.test(body)).map(([name]) => name)
}
