import { connection } from 'next/server'

import { AccessibilityStatement } from './AccessibilityStatement'
import { accessibilityConfig } from './config'
import { STATEMENT_TEXTS } from './texts'

/** The statement's page in one language, with the facts the server's environment gives when it is asked for. */
export async function StatementPage({ lang }: { lang: 'sv' | 'en' }) {
  await connection()
  return <AccessibilityStatement config={accessibilityConfig()} texts={STATEMENT_TEXTS[lang]} />
}
