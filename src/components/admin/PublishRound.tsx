'use client'

import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import styles from './Round.module.css'
import { type Publication, publishRound, readPublication } from './round-requests'

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** Publishing the year, after a confirmation that says what is published and what stays unassessed. */
export function PublishRound({ api, roundId, year }: { api: string; roundId: string; year: number }) {
  const router = useRouter()
  const [publication, setPublication] = useState<Publication | null>(null)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)

  const prepare = async () => {
    setBusy(true)
    setMessage(null)
    const result = await readPublication(api, roundId)
    setBusy(false)
    if (result.ok) setPublication(result.data)
    else setMessage(result.message)
  }
  const publish = async () => {
    setBusy(true)
    const result = await publishRound(api, roundId)
    setBusy(false)
    setPublication(null)
    if (!result.ok) return setMessage(result.message)
    // A toast, as Payload's own notices: the refreshed home no longer shows this round's panel.
    toast.success(`Uppföljningen ${result.data.year} är publicerad.`)
    router.refresh()
  }

  if (!publication) {
    return (
      <div>
        <Button buttonStyle="primary" disabled={busy} onClick={prepare}>
          Publicera {year}…
        </Button>
        {message && <p role="status">{message}</p>}
      </div>
    )
  }
  const { toPublish, unassessed } = publication
  return (
    <div className={styles.confirm} role="dialog" aria-label={`Publicera uppföljningen ${publication.year}`}>
      <h3>Publicera uppföljningen {publication.year}?</h3>
      <p>
        Publiceras: {count(toPublish.followUps, 'godkänd bedömning', 'godkända bedömningar')} och{' '}
        {count(toPublish.actions, 'åtgärd', 'åtgärder')}. Hela året blir synligt på en gång.
      </p>
      {unassessed.length > 0 ? (
        <p>
          {unassessed.length} etappmål förblir ej bedömda: {unassessed.map(({ goal }) => goal.code).join(', ')}.
        </p>
      ) : (
        <p>Alla etappmål har en godkänd bedömning.</p>
      )}
      <div className={styles.buttons}>
        <Button buttonStyle="primary" disabled={busy} onClick={publish}>
          Publicera
        </Button>
        <Button buttonStyle="secondary" disabled={busy} onClick={() => setPublication(null)}>
          Avbryt
        </Button>
      </div>
    </div>
  )
}
