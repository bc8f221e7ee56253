import type { UIFieldServerProps } from 'payload'

import { hasRole } from '@/collections/access'
import type { ValueConflict } from '@/src/payload-types'
import { SOURCE_PHRASES } from '@/src/values/kolada/source-texts'
import { ResolveButtons } from './ResolveButtons'
import { formatValue } from './texts'

const DECIDED: Record<string, string> = { kept_stored: 'Det lagrade värdet behölls.', kept_kolada: 'Koladas värde behölls och skrevs in.' }

/** In a value conflict's edit view: what is in conflict and, while it is open, the strategist's two choices. */
export function ConflictResolution({ data, id, payload, user }: UIFieldServerProps) {
  const conflict = data as Partial<ValueConflict>
  if (!id || !conflict.stored || !conflict.kolada) return null
  const stored = formatValue(conflict.stored.value)
  const kolada = formatValue(conflict.kolada.value)
  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <p>
        Lagrat värde {conflict.year}: {stored} ({SOURCE_PHRASES[conflict.stored.source] ?? conflict.stored.source}). Kolada: {kolada}.
      </p>
      {conflict.state === 'open' && hasRole(user, 'admin', 'strategist') ? (
        <ResolveButtons api={payload.config.routes.api} id={String(id)} stored={stored} kolada={kolada} />
      ) : (
        <p>{DECIDED[conflict.state ?? ''] ?? ''}</p>
      )}
    </div>
  )
}
