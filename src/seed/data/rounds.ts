// Demonstration data: the facts file gives no dates of the yearly rounds and no assessments after
// 2020. A round closes for reporting at the end of April and is published in June, as the 2020
// follow-up's news item was (2020-06-15).
import type { SeedRound, SeedRoundFollowUp } from './types'

/** The round that is open in the seeded database, so the flow can be seen at once. */
export const OPEN_ROUND_YEAR = 2021

export const rounds: SeedRound[] = [
  { year: 2018, deadline: '2018-04-30', state: 'published', publishedAt: '2018-06-15T08:00:00.000Z' },
  { year: 2019, deadline: '2019-04-30', state: 'published', publishedAt: '2019-06-14T08:00:00.000Z' },
  { year: 2020, deadline: '2020-04-30', state: 'published', publishedAt: '2020-06-15T08:00:00.000Z' },
  { year: OPEN_ROUND_YEAR, deadline: '2021-04-30', state: 'open' },
]

/** What has been reported in the open round so far: some goals in each review state, the rest missing. */
export const openRoundFollowUps: SeedRoundFollowUp[] = [
  {
    goal: '1.2',
    status: 'at_risk',
    review: 'draft',
    commentary: {
      sv: 'Resandet med kollektivtrafik minskade under pandemin medan cyklandet ökade. Andelen hållbara resor är svår att bedöma innan resvaneundersökningen är klar.',
      en: 'Travel by public transport fell during the pandemic while cycling rose. The share of sustainable trips is hard to judge before the travel survey is complete.',
    },
    demonstration: true,
  },
  {
    goal: '3.1',
    status: 'on_track',
    review: 'submitted',
    commentary: {
      sv: 'Åtgärdsplaner finns nu för elva av fjorton vattenförekomster. De tre sista tas fram tillsammans med grannkommunerna under året.',
      en: 'Action plans now exist for eleven of fourteen water bodies. The last three are being prepared with the neighbouring municipalities this year.',
    },
    demonstration: true,
  },
  {
    goal: '3.4',
    status: 'on_track',
    review: 'returned',
    reviewComment: 'Beskriv vilka spridningssamband som kartlades i år och hur kartan används i planeringen.',
    commentary: {
      sv: 'Arbetet med spridningssambanden fortsätter.',
      en: 'Work on the dispersal links continues.',
    },
    demonstration: true,
  },
  {
    goal: '3.6',
    status: 'on_track',
    review: 'approved',
    commentary: {
      sv: 'Naturvärdesinventeringar är gjorda i femton av de tjugo prioriterade områdena. Resten inventeras under sommaren.',
      en: 'Nature value surveys have been carried out in fifteen of the twenty priority areas. The rest will be surveyed during the summer.',
    },
    demonstration: true,
  },
  {
    goal: '2.2',
    status: 'on_track',
    review: 'submitted',
    commentary: {
      sv: 'Energianvändningen i lokaler och bostäder minskade med 3 procent jämfört med 2020, främst genom ny styrning av ventilationen.',
      en: 'Energy use in premises and housing fell by 3 per cent compared with 2020, mainly through new ventilation controls.',
    },
    demonstration: true,
  },
  {
    goal: '5.3',
    status: 'achieved',
    review: 'approved',
    commentary: {
      sv: 'Vårens seminarium om uppföljningen hölls digitalt och höstens om genomförandet på plats.',
      en: 'The spring seminar on the follow-up was held online and the autumn seminar on implementation in person.',
    },
    demonstration: true,
  },
]
