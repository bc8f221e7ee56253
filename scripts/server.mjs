#!/usr/bin/env node
/**
 * `npm start`: the production server, `next start` with a graceful shutdown. On SIGTERM or
 * SIGINT it stops accepting connections, lets every request in flight finish, and exits 0; when
 * they take longer than SHUTDOWN_LIMIT_MS it exits 1. (`next start` also waits, but without a
 * limit, and then exits 143.) Options as `next start`: -p/--port (else PORT, else 3000) and
 * -H/--hostname (else every interface).
 */
import { createServer } from 'node:http'
import { parseArgs } from 'node:util'

const SHUTDOWN_LIMIT_MS = 25_000

const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } } })
const port = Number(values.port ?? process.env.PORT ?? 3000)
const hostname = values.hostname

// As the `next` command sets them; set before Next is loaded.
process.env.NODE_ENV ||= 'production'
process.env.NEXT_RUNTIME = 'nodejs'
// Where the site's own pages read the API (src/app/api-client/client.ts).
process.env.PORT = String(port)
const { default: next } = await import('next')

const app = next({ dev: false, hostname: hostname ?? 'localhost', port })
await app.prepare()
const handle = app.getRequestHandler()

let shuttingDown = false

const server = createServer(async (request, response) => {
  // A connection kept alive for the next request would hold the shutdown up: close it once idle.
  response.on('close', () => shuttingDown && server.closeIdleConnections())
  try {
    await handle(request, response)
  } catch (error) {
    console.error(`Failed to handle ${request.method} ${request.url}`, error)
    response.statusCode = 500
    response.end('Internal Server Error')
  }
})

function shutDown(signal) {
  if (shuttingDown) return
  shuttingDown = true
  console.log(`${signal}: finishing the requests in flight, then stopping.`)
  setTimeout(() => {
    console.error(`Requests still in flight after ${SHUTDOWN_LIMIT_MS / 1000} s; stopping anyway.`)
    process.exit(1)
  }, SHUTDOWN_LIMIT_MS).unref()
  server.close(async () => {
    await app.close()
    process.exit(0)
  })
}

for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, shutDown)

server.listen(port, hostname, () => console.log(`Ready on http://${hostname ?? 'localhost'}:${port}`))
