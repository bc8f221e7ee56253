import type { UIFieldServerProps } from 'payload'

import { hasRole } from '@/collections/access'
import type { Import } from '@/src/payload-types'
import { formatValue } from './texts'

const KIND: Record<string, string> = { spreadsheet: 'Kalkylblad', kolada: 'Kolada' }

const changeText = ({ year, before, after }: Import['changes'][number]) =>
  before ? `${year}: ${formatValue(before.value)} → ${formatValue(after.value)}` : `${year}: ${formatValue(after.value)} (nytt)`

/** In an indicator's edit view: every import that added or changed its values, newest first, with what it did. */
export async function ImportHistory({ id, payload, user }: UIFieldServerProps) {
  if (!id || !hasRole(user, 'admin', 'strategist')) return null
  const { docs } = await payload.find({
    collection: 'imports',
    where: { indicators: { equals: id } },
    sort: '-createdAt',
    limit: 50,
    depth: 0,
    user,
    overrideAccess: false,
  })
  return (
    <section style={{ marginBottom: 'var(--base)' }} aria-labelledby="import-history">
      <h3 id="import-history">Importerade värden</h3>
      {docs.length === 0 ? (
        <p>Inga värden har importerats till indikatorn.</p>
      ) : (
        <ul>
          {docs.map((imported) => (
            <li key={imported.id}>
              {imported.createdAt.slice(0, 10)} {KIND[imported.kind]} ({imported.reference}):{' '}
              {imported.changes
                .filter((change) => change.indicator === String(id))
                .map(changeText)
                .join(', ')}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
