'use client'

import { Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { resolveConflict } from './kolada-requests'

/** A strategist keeps the stored value or Kolada's. */
export function ResolveButtons({ api, id, stored, kolada }: { api: string; id: string; stored: string; kolada: string }) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const keep = async (which: 'stored' | 'kolada') => {
    setBusy(true)
    const answer = await resolveConflict(api, id, which)
    setBusy(false)
    setError(answer.message)
    if (!answer.message) router.refresh()
  }
  return (
    <div>
      <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => keep('stored')}>
        Behåll det lagrade värdet ({stored})
      </Button>{' '}
      <Button buttonStyle="primary" size="small" disabled={busy} onClick={() => keep('kolada')}>
        Behåll Koladas värde ({kolada})
      </Button>
      {error && <p role="alert">{error}</p>}
    </div>
  )
}
