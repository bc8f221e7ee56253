'use client'

import { Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import styles from './Round.module.css'
import { createFollowUp, patchFollowUp, type RequestResult } from './round-requests'

/** Runs a request; refreshes the page's server data when it succeeds, shows the server's message when not. */
function useAction() {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = async <T,>(action: () => Promise<RequestResult<T>>, then?: (data: T) => void) => {
    setBusy(true)
    setError(null)
    const result = await action()
    setBusy(false)
    if (!result.ok) return setError(result.message)
    if (then) then(result.data)
    else router.refresh()
  }
  return { busy, error, run, router }
}

function ErrorMessage({ error }: { error: string | null }) {
  return error ? (
    <p className={styles.error} role="alert">
      {error}
    </p>
  ) : null
}

/** A reporter sends a follow-up to the strategists. */
export function SubmitButton({ api, id }: { api: string; id: string }) {
  const { busy, error, run } = useAction()
  return (
    <div>
      <Button buttonStyle="primary" size="small" disabled={busy} onClick={() => run(() => patchFollowUp(api, id, { review: 'submitted' }))}>
        Skicka in
      </Button>
      <ErrorMessage error={error} />
    </div>
  )
}

/** A reporter starts the follow-up of a goal that has none this year, then fills it in its edit view. */
export function StartButton({ api, admin, goal, year }: { api: string; admin: string; goal: string; year: number }) {
  const { busy, error, run, router } = useAction()
  return (
    <div>
      <Button
        buttonStyle="secondary"
        size="small"
        disabled={busy}
        onClick={() =>
          run(
            () => createFollowUp(api, { milestoneGoal: goal, year }),
            ({ doc }) => router.push(`${admin}/collections/follow-ups/${doc.id}`),
          )
        }
      >
        Börja rapportera
      </Button>
      <ErrorMessage error={error} />
    </div>
  )
}

/** A strategist approves a submitted follow-up, or returns it with a comment saying what is missing. */
export function ReviewButtons({ api, id, label }: { api: string; id: string; label: string }) {
  const { busy, error, run } = useAction()
  const [returning, setReturning] = useState(false)
  const [comment, setComment] = useState('')
  return (
    <div className={styles.review}>
      <div className={styles.buttons}>
        <Button
          buttonStyle="primary"
          size="small"
          disabled={busy}
          onClick={() => run(() => patchFollowUp(api, id, { review: 'approved' }))}
        >
          Godkänn
        </Button>
        <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => setReturning(!returning)}>
          Skicka tillbaka…
        </Button>
      </div>
      {returning && (
        <div className={styles.returnForm}>
          <label>
            Vad behöver kompletteras ({label})?
            <textarea value={comment} rows={3} onChange={(event) => setComment(event.target.value)} />
          </label>
          <Button
            buttonStyle="primary"
            size="small"
            disabled={busy || comment.trim() === ''}
            onClick={() => run(() => patchFollowUp(api, id, { review: 'returned', reviewComment: comment.trim() }))}
          >
            Skicka tillbaka med kommentaren
          </Button>
        </div>
      )}
      <ErrorMessage error={error} />
    </div>
  )
}
