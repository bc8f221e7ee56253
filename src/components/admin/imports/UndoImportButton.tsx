'use client'

import { Button, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { undoImport } from './import-requests'

/** On an import's view: "Ångra", which restores the values from before the import while none has changed since. */
export function UndoImportButton() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const router = useRouter()
  const undoneAt = useFormFields(([fields]) => fields.undoneAt?.value)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null)
  if (!id) return null
  if (undoneAt) return <p>Importen är ångrad.</p>
  const undo = async () => {
    setBusy(true)
    const answer = await undoImport(config.routes.api, String(id))
    setBusy(false)
    setMessage(answer.status === 200 ? { text: 'Importen är ångrad.', ok: true } : { text: answer.message ?? 'Det gick inte.', ok: false })
    if (answer.status === 200) router.refresh()
  }
  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <p>Ångra tar bort värdena importen lade till och ger de ändrade värdena tillbaka sina tidigare värden och källor.</p>
      <Button buttonStyle="secondary" disabled={busy || message?.ok} onClick={undo}>
        Ångra
      </Button>
      {message && <p role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
    </div>
  )
}
