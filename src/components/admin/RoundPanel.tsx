import { formatAdminURL } from 'payload/shared'

import type { RoundCounts } from '@/src/figures/round'
import styles from './FollowUpDashboard.module.css'
import { PublishRound } from './PublishRound'
import roundStyles from './Round.module.css'
import { ReviewButtons } from './RoundButtons'
import type { RoundOverview } from './round-overview'

const STATE_LABELS: Record<RoundOverview['state'], string> = { open: 'öppen', review: 'granskas', published: 'publicerad' }

function CountCells({ counts }: { counts: RoundCounts }) {
  return (
    <>
      <td>{counts.goals}</td>
      <td>{counts.submitted}</td>
      <td>{counts.returned}</td>
      <td>{counts.approved}</td>
      <td>{counts.missing}</td>
    </>
  )
}

/** A round's completeness per organisation, the submissions waiting for review, and publishing the year. */
export function RoundPanel({ round, api, admin }: { round: RoundOverview; api: string; admin: string }) {
  const { progress } = round
  return (
    <section className={styles.panel} aria-label={`Uppföljningsomgång ${round.year}`}>
      <h2>
        Uppföljningsomgång {round.year} ({STATE_LABELS[round.state]})
      </h2>
      <p className={styles.intro}>
        Sista dag för rapportering: {round.deadline}. Ett etappmål räknas en gång för varje organisation som ansvarar för det.
      </p>
      <div className={styles.tableScroller}>
        <table className={styles.table}>
          <caption>Rapportering per organisation</caption>
          <thead>
            <tr>
              <th scope="col">Organisation</th>
              <th scope="col">Etappmål</th>
              <th scope="col">Väntar på granskning</th>
              <th scope="col">Återsända</th>
              <th scope="col">Godkända</th>
              <th scope="col">Saknas</th>
            </tr>
          </thead>
          <tbody>
            {progress.organisations.map((counts) => (
              <tr key={counts.organisation}>
                <th scope="row">{round.names[counts.organisation] ?? counts.organisation}</th>
                <CountCells counts={counts} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Alla etappmål</th>
              <CountCells counts={progress} />
            </tr>
          </tfoot>
        </table>
      </div>
      <h3>Att granska ({round.toReview.length})</h3>
      {round.toReview.length === 0 ? (
        <p>Inga inskickade uppföljningar väntar på granskning.</p>
      ) : (
        <ul className={roundStyles.goals}>
          {round.toReview.map(({ goal, followUp }) =>
            followUp ? (
              <li key={goal.id} className={roundStyles.goal} data-goal={goal.code}>
                <div>
                  <a href={formatAdminURL({ adminRoute: admin, path: `/collections/follow-ups/${followUp.id}`, relative: true })}>
                    {goal.code} {goal.text}
                  </a>
                </div>
                <ReviewButtons api={api} id={followUp.id} label={goal.code} />
              </li>
            ) : null,
          )}
        </ul>
      )}
      <PublishRound api={api} roundId={round.id} year={round.year} />
    </section>
  )
}
