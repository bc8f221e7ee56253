/**
 * Readers repeat queries against /graphql while one writer publishes, and every read that starts
 * after a publish was acknowledged must show it: case 6 of the benchmark, and the reliability
 * suite's soak test.
 */

/** A query the readers repeat. */
export type View = { name: string; query: string; variables?: Record<string, unknown> }

/** How the reads of one view show an acknowledged publish. */
export type Expectation = {
  view: string
  shows: (data: any) => boolean
  /** The variables of the reads that check it (e.g. a new item's slug); the view's own otherwise. */
  variables?: Record<string, unknown>
}

/** One write: the views it changes, and sending it, which resolves once it is acknowledged. */
export type Publish = { views: string[]; send: () => Promise<Expectation[]> }

export type ReadWhilePublishingResult = {
  seconds: number
  reads: number
  failedReads: number
  /** Acknowledged publishes. */
  publishes: number
  failedPublishes: number
  /** The publishes that reads started after the acknowledgement showed, in every view they changed. */
  publishesSeen: number
  /** Reads started after an acknowledged publish, and done before the view's next write began, that did not show it. */
  staleReads: number
  /** For each expectation every reader saw: how long after the acknowledgement the last of them did. */
  visibleToAllAfterMs: number[]
  /** The first few failures, for the test's message. */
  errors: string[]
}

/** How long the writer waits for a read to check a publish before it goes on. */
const CHECK_LIMIT_MS = 10_000
const MAX_ERRORS = 10

/** An acknowledged publish as one view must show it, and what the reads made of it. */
class Pending {
  /** Reader number -> ms after the acknowledgement that it first saw the publish. */
  readonly seenBy = new Map<number, number>()
  staleReads = 0
  readonly checked: Promise<void>
  private markChecked!: () => void

  constructor(
    readonly expectation: Expectation,
    /** The view's write count when this one was acknowledged: a later write ends its checks. */
    readonly sequence: number,
    readonly acknowledgedAt: number,
  ) {
    this.checked = new Promise((resolve) => (this.markChecked = resolve))
  }

  record(reader: number, data: unknown): void {
    if (!this.expectation.shows(data)) this.staleReads++
    else if (!this.seenBy.has(reader)) this.seenBy.set(reader, performance.now() - this.acknowledgedAt)
    this.markChecked()
  }
}

type ViewState = { view: View; writesStarted: number; due?: Pending }

type ReadOutcome = { ok: true; data: unknown } | { ok: false; error: string }

async function read(url: string, query: string, variables: Record<string, unknown> | undefined): Promise<ReadOutcome> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    })
    const body = (await response.json().catch(() => undefined)) as { data?: unknown; errors?: unknown } | undefined
    if (response.ok && body?.data && !body.errors) return { ok: true, data: body.data }
    return { ok: false, error: `${response.status} ${JSON.stringify(body?.errors ?? 'no JSON body').slice(0, 300)}` }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? `${error.message} ${String(error.cause ?? '')}` : String(error) }
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function waitAtMost(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  await Promise.race([promise, new Promise((resolve) => (timer = setTimeout(resolve, ms)))])
  clearTimeout(timer)
}

/**
 * `readers` concurrent readers go round the views until the writer is done; the writer sends
 * `nextPublish(0)`, `nextPublish(1)`, … for `seconds`, waiting after each for a read to check it
 * and then `pauseMs`.
 */
export async function readWhilePublishing(options: {
  url: string
  views: View[]
  nextPublish: (k: number) => Publish
  readers?: number
  seconds?: number
  pauseMs?: number
}): Promise<ReadWhilePublishingResult> {
  const { url, views, nextPublish, readers = 50, seconds = 15, pauseMs = 0 } = options
  const states = new Map<string, ViewState>(views.map((view) => [view.name, { view, writesStarted: 0 }]))
  const stateOf = (name: string) => {
    const state = states.get(name)
    if (!state) throw new Error(`No view is called ${name}`)
    return state
  }
  const acknowledgedPublishes: Pending[][] = []
  const errors: string[] = []
  const note = (error: string) => errors.length < MAX_ERRORS && errors.push(error)
  let reads = 0
  let failedReads = 0
  let failedPublishes = 0
  let writerDone = false

  const reader = async (index: number) => {
    const rotation = [...states.values()]
    for (let k = index; !writerDone; k++) {
      const state = rotation[k % rotation.length]
      const due = state.due
      const outcome = await read(url, state.view.query, due?.expectation.variables ?? state.view.variables)
      reads++
      if (!outcome.ok) {
        failedReads++
        note(`${state.view.name}: ${outcome.error}`)
      } else if (due && state.writesStarted === due.sequence) {
        due.record(index, outcome.data)
      }
    }
  }

  const writer = async () => {
    const started = performance.now()
    try {
      for (let k = 0; performance.now() - started < seconds * 1000; k++) {
        const publish = nextPublish(k)
        for (const name of publish.views) stateOf(name).writesStarted++
        try {
          const expectations = await publish.send()
          const acknowledgedAt = performance.now()
          const acknowledged = expectations.map((expectation) => {
            if (!publish.views.includes(expectation.view)) throw new Error(`The publish did not say it changes ${expectation.view}`)
            const state = stateOf(expectation.view)
            const pending = new Pending(expectation, state.writesStarted, acknowledgedAt)
            state.due = pending
            return pending
          })
          acknowledgedPublishes.push(acknowledged)
          await waitAtMost(Promise.all(acknowledged.map((p) => p.checked)), CHECK_LIMIT_MS)
        } catch (error) {
          failedPublishes++
          note(`publish ${k}: ${error instanceof Error ? error.message : String(error)}`)
        }
        await sleep(pauseMs)
      }
    } finally {
      writerDone = true
    }
  }

  const started = performance.now()
  await Promise.all([writer(), ...Array.from({ length: readers }, (_, index) => reader(index))])
  const pending = acknowledgedPublishes.flat()
  return {
    seconds: (performance.now() - started) / 1000,
    reads,
    failedReads,
    publishes: acknowledgedPublishes.length,
    failedPublishes,
    publishesSeen: acknowledgedPublishes.filter((views) => views.every((p) => p.seenBy.size > 0)).length,
    staleReads: pending.reduce((sum, p) => sum + p.staleReads, 0),
    visibleToAllAfterMs: pending.filter((p) => p.seenBy.size === readers).map((p) => Math.max(...p.seenBy.values())),
    errors,
  }
}

export type PublishingResult = {
  readers: number
  seconds: number
  reads: number
  readsPerSecond: number
  failed: number
  writes: number
  staleReads: number
  visibleAfterMs: { median: number; max: number }
}

const QUERY =
  'query($programme: String!, $year: Int!) { followUp(programme: $programme, year: $year) { goals { milestoneGoal { id } status } } }'

/** Case 6: readers hammer the follow-up while a strategist publishes changes to it. */
export async function measureConcurrentPublishing(options: {
  url: string
  password: string
  programme: string
  year: number
  readers?: number
  seconds?: number
}): Promise<PublishingResult> {
  const { url, password, programme, year, readers = 50, seconds = 15 } = options
  const login = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'strateg@example.org', password }),
  })
  const { token } = (await login.json()) as { token: string }
  const auth = { authorization: `JWT ${token}`, 'content-type': 'application/json' }

  const programmeId = (
    (await (
      await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query($s: String!) { programme(slug: $s) { id } }', variables: { s: programme } }),
      })
    ).json()) as any
  ).data.programme.id
  const found = (await (
    await fetch(`${url}/api/follow-ups?where[programme][equals]=${programmeId}&where[year][equals]=${year}&limit=1&depth=0`, {
      headers: auth,
    })
  ).json()) as any
  const followUp = found.docs[0] as { id: string; milestoneGoal: string }
  const statusShown = (data: any) => data.followUp?.goals.find((g: any) => g.milestoneGoal.id === followUp.milestoneGoal)?.status

  const result = await readWhilePublishing({
    url,
    readers,
    seconds,
    pauseMs: 400,
    views: [{ name: 'followUp', query: QUERY, variables: { programme, year } }],
    nextPublish: (k) => {
      const status = k % 2 ? 'on_track' : 'at_risk'
      return {
        views: ['followUp'],
        send: async () => {
          const response = await fetch(`${url}/api/follow-ups/${followUp.id}`, {
            method: 'PATCH',
            headers: auth,
            body: JSON.stringify({ status, _status: 'published' }),
          })
          if (!response.ok) throw new Error(`publishing failed: ${response.status} ${await response.text()}`)
          return [{ view: 'followUp', shows: (data) => statusShown(data) === status.toUpperCase() }]
        },
      }
    },
  })

  const visible = [...result.visibleToAllAfterMs].sort((a, b) => a - b)
  return {
    readers,
    seconds: result.seconds,
    reads: result.reads,
    readsPerSecond: result.reads / result.seconds,
    failed: result.failedReads + result.failedPublishes,
    writes: result.publishes,
    staleReads: result.staleReads,
    visibleAfterMs: { median: visible[Math.floor(visible.length / 2)] ?? NaN, max: visible.at(-1) ?? NaN },
  }
}
