'use client'

import { Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { type Answer, runKoladaSync, type SyncAnswer } from './kolada-requests'
import { koladaSummary } from './texts'

/** Reads Kolada now for every linked indicator and tells what was added, changed and found in conflict. */
export function KoladaSyncButton({ api }: { api: string }) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [answer, setAnswer] = useState<Answer<SyncAnswer> | null>(null)
  const run = async () => {
    setBusy(true)
    setAnswer(null)
    const result = await runKoladaSync(api)
    setBusy(false)
    setAnswer(result)
    router.refresh()
  }
  const errors = answer?.body?.errors ?? []
  return (
    <div>
      <Button buttonStyle="primary" size="small" disabled={busy} onClick={run}>
        {busy ? 'Hämtar från Kolada…' : 'Hämta från Kolada'}
      </Button>
      {answer && (
        <div role="status">
          {answer.body && 'added' in answer.body && <p>{koladaSummary(answer.body)}</p>}
          {answer.message && <p role="alert">{answer.message}</p>}
          {errors.length > 0 && (
            <ul>
              {errors.map((error) => (
                <li key={`${error.kpi}:${error.message}`}>{error.message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  )
}
