import type { AdminViewServerProps } from 'payload'

import { REVIEW_STATE_OPTIONS } from '@/collections/FollowUps/review-states'
import { GOAL_STATUS_LABELS } from '@/collections/FollowUps/statuses'
import { AdminPage, signedInUser } from './AdminPage'
import { loadMyGoals, type MyGoal, type MyRound } from './my-goals'
import styles from './Round.module.css'
import { StartButton, SubmitButton } from './RoundButtons'

const reviewLabel = (review: MyGoal['review']) =>
  review ? (REVIEW_STATE_OPTIONS.find((option) => option.value === review)?.label.sv ?? review) : 'Inte påbörjad'

type Routes = { api: string; admin: string }

function GoalItem({ goal, round, routes }: { goal: MyGoal; round: MyRound; routes: Routes }) {
  const { followUp } = goal
  const editable = goal.review === null || goal.review === 'draft' || goal.review === 'returned'
  return (
    <li className={styles.goal} data-goal={goal.goal.code}>
      <div>
        <h3>
          {goal.goal.code} {goal.goal.text}
        </h3>
        <p>
          Läge: <span className={styles.state}>{reviewLabel(goal.review)}</span>
        </p>
        {goal.review === 'returned' && followUp?.reviewComment && (
          <p className={styles.returned}>
            <strong>Klimatstrategens kommentar:</strong> {followUp.reviewComment}
          </p>
        )}
        <div className={styles.lastYear}>
          <strong>Bedömning {round.year - 1}:</strong>{' '}
          {goal.lastYear ? (
            <>
              {GOAL_STATUS_LABELS[goal.lastYear.status].sv}
              {goal.lastYear.commentary && <p>{goal.lastYear.commentary}</p>}
            </>
          ) : (
            'ingen'
          )}
        </div>
      </div>
      <div>
        <h3>Uppföljning {round.year}</h3>
        {followUp ? (
          <>
            <p>
              Bedömning: {GOAL_STATUS_LABELS[followUp.status].sv}.{' '}
              <a href={`${routes.admin}/collections/follow-ups/${followUp.id}`}>{editable ? 'Fyll i bedömningen' : 'Visa'}</a>
            </p>
            {editable && <SubmitButton api={routes.api} id={followUp.id} />}
          </>
        ) : (
          <StartButton api={routes.api} admin={routes.admin} goal={goal.goal.id} year={round.year} />
        )}
      </div>
    </li>
  )
}

/** "Mina etappmål": a reporter's goals in the open rounds, with what to do next for each. */
export async function MyGoalsView(view: AdminViewServerProps) {
  const user = signedInUser(view)
  const { payload } = view.initPageResult.req
  const admin = payload.config.routes.admin
  const routes = { api: payload.config.routes.api, admin }
  const { organisation, rounds } = await loadMyGoals(payload, user)
  return (
    <AdminPage view={view} title="Mina etappmål">
      {!organisation ? (
        <p>Ditt konto rapporterar inte för någon förvaltning eller något bolag.</p>
      ) : rounds.length === 0 ? (
        <p>{organisation} har ingen öppen uppföljning just nu.</p>
      ) : (
        rounds.map((round) => (
          <section key={round.id}>
            <h2>
              Uppföljning {round.year}: {organisation}
            </h2>
            <p>
              Sista dag för rapportering: <strong>{round.deadline}</strong>. Fyll i bedömningen av varje etappmål och vad som gjorts under
              året, och skicka in den.
            </p>
            <p>
              <a href={`${admin}/collections/actions/create`}>Lägg till en åtgärd</a> ·{' '}
              <a href={`${admin}/collections/actions`}>Alla åtgärder</a>
            </p>
            {round.goals.length === 0 ? (
              <p>{organisation} ansvarar inte för något etappmål i programmet.</p>
            ) : (
              <ul className={styles.goals}>
                {round.goals.map((goal) => (
                  <GoalItem key={goal.goal.id} goal={goal} round={round} routes={routes} />
                ))}
              </ul>
            )}
          </section>
        ))
      )}
    </AdminPage>
  )
}
