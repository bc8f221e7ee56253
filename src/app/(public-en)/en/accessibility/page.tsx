import { statementMetadata } from '@/src/app/(public)/accessibility-statement/AccessibilityStatement'
import { StatementPage } from '@/src/app/(public)/accessibility-statement/StatementPage'
import { STATEMENT_TEXTS } from '@/src/app/(public)/accessibility-statement/texts'

export const generateMetadata = () => statementMetadata(STATEMENT_TEXTS.en)

/** The accessibility statement in English. */
export default function EnglishAccessibilityPage() {
  return <StatementPage lang="en" />
}
