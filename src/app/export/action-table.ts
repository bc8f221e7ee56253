/**
 * The follow-up's actions as a CSV of their own, one row per milestone goal and action active in
 * the year, in code order (an action of several goals has a row for each):
 *
 *   Kod; Etappmål; Åtgärd; Läge; Startår; Slutår; Ansvariga; Vad som gjordes {year}
 *
 * and in the JSON export, each goal's `actions`, with English keys and API enum values.
 */

import type { ActionOfYearFragment } from '../api-client/operations'
import { actionStateLabel } from '../labels'
import type { CsvCell } from './csv'
import type { ExportedFollowUp } from './follow-up-query'

export function actionJson(action: ActionOfYearFragment) {
  return {
    slug: action.slug,
    title: action.title,
    state: action.state,
    startYear: action.startYear,
    endYear: action.endYear,
    responsible: action.responsible.map((organisation) => organisation.name),
    update: action.update,
  }
}

export function actionCsvRecords({ report }: ExportedFollowUp): CsvCell[][] {
  const headings = ['Kod', 'Etappmål', 'Åtgärd', 'Läge', 'Startår', 'Slutår', 'Ansvariga', `Vad som gjordes ${report.year}`]
  const rows = report.goals.flatMap((goal) =>
    goal.actions.map((action) => [
      goal.milestoneGoal.code,
      goal.milestoneGoal.text,
      action.title,
      actionStateLabel(action.state),
      action.startYear,
      action.endYear,
      action.responsible.map((organisation) => organisation.name).join(', '),
      action.update,
    ]),
  )
  return [headings, ...rows]
}
