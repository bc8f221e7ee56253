import { statementMetadata } from '../accessibility-statement/AccessibilityStatement'
import { StatementPage } from '../accessibility-statement/StatementPage'
import { STATEMENT_TEXTS } from '../accessibility-statement/texts'

export const generateMetadata = () => statementMetadata(STATEMENT_TEXTS.sv)

/** The accessibility statement (tillgänglighetsredogörelse) that lagen (2018:1937) requires. */
export default function AccessibilityPage() {
  return <StatementPage lang="sv" />
}
