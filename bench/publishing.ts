/** Case 6: readers hammer the follow-up while a strategist publishes changes to it. */

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

type Read = { start: number; end: number; status: string | null; ok: boolean }
type Write = { start: number; end: number; status: string }

const QUERY = 'query($programme: String!, $year: Int!) { followUp(programme: $programme, year: $year) { goals { milestoneGoal { id } status } } }'

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

  const programmeId = ((await (await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query($s: String!) { programme(slug: $s) { id } }', variables: { s: programme } }),
  })).json()) as any).data.programme.id
  const found = (await (await fetch(`${url}/api/follow-ups?where[programme][equals]=${programmeId}&where[year][equals]=${year}&limit=1&depth=0`, { headers: auth })).json()) as any
  const followUp = found.docs[0] as { id: string; milestoneGoal: string }

  const deadline = Date.now() + seconds * 1000
  const reads: Read[][] = Array.from({ length: readers }, () => [])
  const writes: Write[] = []

  const reader = async (log: Read[]) => {
    while (Date.now() < deadline) {
      const start = performance.now()
      try {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: QUERY, variables: { programme, year } }),
        })
        const body = (await response.json()) as any
        const goal = body.data?.followUp?.goals.find((g: any) => g.milestoneGoal.id === followUp.milestoneGoal)
        log.push({ start, end: performance.now(), status: goal?.status ?? null, ok: response.ok && !body.errors })
      } catch {
        log.push({ start, end: performance.now(), status: null, ok: false })
      }
    }
  }

  const writer = async () => {
    for (let k = 0; Date.now() < deadline - 1000; k++) {
      const status = k % 2 ? 'on_track' : 'at_risk'
      const start = performance.now()
      const response = await fetch(`${url}/api/follow-ups/${followUp.id}`, {
        method: 'PATCH',
        headers: auth,
        body: JSON.stringify({ status, _status: 'published' }),
      })
      if (!response.ok) throw new Error(`publishing failed: ${response.status} ${await response.text()}`)
      writes.push({ start, end: performance.now(), status: status.toUpperCase() })
      await new Promise((resolve) => setTimeout(resolve, 400))
    }
  }

  await Promise.all([writer(), ...reads.map(reader)])

  const all = reads.flat()
  let staleReads = 0
  const visible: number[] = []
  writes.forEach((write, k) => {
    const next = writes[k + 1]
    const settled = (read: Read) => read.start > write.end && (!next || read.end < next.start)
    staleReads += all.filter((read) => settled(read) && read.ok && read.status !== write.status).length
    const seenBy = reads.map((log) => log.find((read) => read.start > write.end && read.status === write.status))
    if (seenBy.every(Boolean)) visible.push(Math.max(...seenBy.map((read) => read!.end - write.end)))
  })
  visible.sort((a, b) => a - b)
  return {
    readers,
    seconds,
    reads: all.length,
    readsPerSecond: all.length / seconds,
    failed: all.filter((read) => !read.ok).length,
    writes: writes.length,
    staleReads,
    visibleAfterMs: { median: visible[Math.floor(visible.length / 2)] ?? NaN, max: visible.at(-1) ?? NaN },
  }
}
