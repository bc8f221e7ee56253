import { statementMetadata } from '../../accessibility-statement/AccessibilityStatement'
import { StatementPage } from '../../accessibility-statement/StatementPage'
import { STATEMENT_TEXTS } from '../../accessibility-statement/texts'

export const metadata = statementMetadata(STATEMENT_TEXTS.en)

/** The accessibility statement in English, the site's only English page so far. */
export default function EnglishAccessibilityPage() {
  return <StatementPage lang="en" />
}
