/**
 * The data of the synthetic programmes for the benchmark (`bench/seed.ts --scale N`): programme
 * number n is shaped like the real KMPP (five parts, 25 milestone goals, 40 indicators with values
 * 2010-2030, some typed in and the latest read from Kolada and spreadsheets (./imports.ts),
 * assessments 2018-2030 in published rounds and an open round for 2031, 2-4 actions a goal with their
 * yearly reports (./actions.ts), 200 news items) and is the same on every run, since all its
 * variation comes from a pseudo-random generator seeded with n. Every slug, indicator name and e-mail
 * address carries n, so programmes never collide with each other or with the real one.
 */

import type {
  Localised,
  SeedFocusArea,
  SeedImport,
  SeedIndicator,
  SeedMilestoneGoal,
  SeedNewsItem,
  SeedOrganisation,
  SeedProgramme,
  SeedRoundFollowUp,
  SeedStatus,
} from '../../src/seed/data/types'
import type { SeedRoundsData } from '../../src/seed/rounds'
import type { SeedData } from '../../src/seed/seed'
import { syntheticActions } from './actions'
import { KOLADA_YEARS, syntheticImports, type ValueChannel } from './imports'
import { L, lowerFirst, type Random, random } from './random'

// ---------------------------------------------------------------------------------------------
// Types: the seed's own shapes, with follow-ups for any year and an optional follow-up year on news.

export type SyntheticFollowUps = Record<number, { status: SeedStatus; commentary: Localised }>
export type SyntheticMilestoneGoal = Omit<SeedMilestoneGoal, 'followUps'> & { followUps: SyntheticFollowUps }
export type SyntheticFocusArea = Omit<SeedFocusArea, 'milestoneGoals'> & { milestoneGoals: SyntheticMilestoneGoal[] }
export type SyntheticProgramme = Omit<SeedProgramme, 'focusAreas'> & { focusAreas: SyntheticFocusArea[] }
export type SyntheticNewsItem = Omit<SeedNewsItem, 'followUpYear'> & { followUpYear?: number }
export type SyntheticData = Omit<SeedData, 'programme' | 'news' | 'rounds' | 'imports'> & {
  programme: SyntheticProgramme
  news: SyntheticNewsItem[]
  rounds: SeedRoundsData
  imports: SeedImport[]
}

export const SYNTHETIC_ADOPTION_YEAR = 2017
export const MEASUREMENT_YEARS = { first: 2010, last: 2030 } as const
export const FOLLOW_UP_YEARS = { first: 2018, last: 2030 } as const
/** Every year's round is published up to the last follow-up year; the next year's is open. */
export const OPEN_ROUND_YEAR = FOLLOW_UP_YEARS.last + 1
export const NEWS_PER_PROGRAMME = 200

export const syntheticProgrammeSlug = (n: number) => `syntetiskt-program-${n}`

// ---------------------------------------------------------------------------------------------
// Fixed material: parts, indicator kinds, organisations, people and places.

type PartTemplate = {
  slug: string
  kind: 'focus_area' | 'chapter'
  title: Localised
  goal: Localised
  clarifications: Localised[]
}

const PARTS: PartTemplate[] = [
  {
    slug: 'resor-och-transporter',
    kind: 'focus_area',
    title: L('Fossilfria resor och transporter', 'Fossil-free travel and transport'),
    goal: L(
      'Resor och transporter i kommunen är fossilfria, säkra och tillgängliga för alla som bor och verkar här.',
      'Travel and transport in the municipality are fossil-free, safe and accessible to everyone who lives and works here.',
    ),
    clarifications: [
      L('Kommunens fordon drivs med el eller förnybara drivmedel.', "The municipality's vehicles run on electricity or renewable fuels."),
      L(
        'Det är enkelt att gå, cykla och åka kollektivt i hela kommunen.',
        'Walking, cycling and public transport are easy throughout the municipality.',
      ),
      L('Tjänsteresor görs i första hand utan flyg och bil.', 'Business trips are made primarily without flying or driving.'),
    ],
  },
  {
    slug: 'energi-och-byggande',
    kind: 'focus_area',
    title: L('Energi i lokaler och bostäder', 'Energy in premises and housing'),
    goal: L(
      'Energin som används i kommunens lokaler och bostäder är förnybar och används så effektivt som möjligt.',
      "The energy used in the municipality's premises and housing is renewable and used as efficiently as possible.",
    ),
    clarifications: [
      L(
        'Nya byggnader uppförs med låg energianvändning och hållbara material.',
        'New buildings are built with low energy use and sustainable materials.',
      ),
      L('Solenergi byggs ut på kommunens tak där det är lämpligt.', "Solar energy is expanded on the municipality's roofs where suitable."),
    ],
  },
  {
    slug: 'vatten-och-biologisk-mangfald',
    kind: 'focus_area',
    title: L('Rent vatten och biologisk mångfald', 'Clean water and biodiversity'),
    goal: L(
      'Sjöar, vattendrag och kustvatten har god status, och naturens mångfald och ekosystemtjänster värnas.',
      'Lakes, watercourses and coastal waters are in good status, and the diversity of nature and its ecosystem services are protected.',
    ),
    clarifications: [
      L('Utsläppen av näringsämnen till Östersjön minskar.', 'Nutrient discharges to the Baltic Sea decrease.'),
      L('Värdefulla naturområden skyddas och sköts långsiktigt.', 'Valuable natural areas are protected and managed for the long term.'),
      L(
        'Spridningssamband för växter och djur bevaras i planeringen.',
        'Ecological corridors for plants and animals are preserved in planning.',
      ),
    ],
  },
  {
    slug: 'konsumtion-och-kretslopp',
    kind: 'focus_area',
    title: L('Hållbar konsumtion och resurseffektiva kretslopp', 'Sustainable consumption and resource-efficient cycles'),
    goal: L(
      'Konsumtionen i kommunen har låg klimat- och miljöpåverkan, och resurser tas till vara i kretslopp.',
      'Consumption in the municipality has a low climate and environmental impact, and resources are kept in cycles.',
    ),
    clarifications: [
      L('Mängden avfall minskar och mer återbrukas och återvinns.', 'The amount of waste decreases and more is reused and recycled.'),
      L('Måltiderna i kommunens verksamheter har låg klimatpåverkan.', "Meals in the municipality's services have a low climate impact."),
    ],
  },
  {
    slug: 'kommunikation-och-samverkan',
    kind: 'chapter',
    title: L('Kommunikation och samverkan', 'Communication and cooperation'),
    goal: L(
      'Invånare, företag och föreningar är delaktiga i omställningen, och kommunen samverkar brett för att nå målen.',
      'Residents, businesses and associations take part in the transition, and the municipality cooperates widely to reach the goals.',
    ),
    clarifications: [
      L('Kommunen informerar öppet om hur arbetet går.', 'The municipality reports openly on how the work is going.'),
      L('Medarbetare har kunskap om klimat- och miljöfrågor.', 'Employees have knowledge of climate and environmental issues.'),
    ],
  },
]

/** share: per cent of a whole; level: a positive amount; change: per cent change from a base year (0 there). */
type IndicatorKind = 'share' | 'level' | 'change'

type IndicatorTemplate = {
  name: Localised
  unit: Localised
  direction: 'increase' | 'decrease'
  kind: IndicatorKind
  /** Value in 2010 (not used for change indicators). */
  start: [number, number]
  /** Yearly step: percentage points for shares and changes, relative growth for levels. */
  step: [number, number]
  source: Localised
}

const PERCENT = L('procent', 'per cent')
const CHANGE = L('procentuell förändring', 'per cent change')
const COUNT = L('antal', 'number')
const OWN = L('Kommunen, egen uppföljning (syntetiska data)', 'The municipality, own follow-up (synthetic data)')
const SCB = L('SCB och Kolada (syntetiska data)', 'Statistics Sweden and Kolada (synthetic data)')
const RUS = L('RUS och Nationella emissionsdatabasen (syntetiska data)', 'RUS and the National Emissions Database (synthetic data)')

const t = (
  name: Localised,
  unit: Localised,
  direction: 'increase' | 'decrease',
  kind: IndicatorKind,
  start: [number, number],
  step: [number, number],
  source: Localised = OWN,
): IndicatorTemplate => ({ name, unit, direction, kind, start, step, source })

/** Eight indicators per part, 40 in all. */
const INDICATORS: IndicatorTemplate[][] = [
  [
    t(
      L('Andel fossilfritt drivmedel i kommunens fordon', "Share of fossil-free fuel in the municipality's vehicles"),
      PERCENT,
      'increase',
      'share',
      [5, 15],
      [3, 6],
    ),
    t(
      L('Andel resor med kollektivtrafik, cykel och gång', 'Share of trips by public transport, bicycle and on foot'),
      PERCENT,
      'increase',
      'share',
      [40, 48],
      [0.3, 1],
      SCB,
    ),
    t(
      L('Längd på gång- och cykelvägnätet', 'Length of the walking and cycling network'),
      L('km', 'km'),
      'increase',
      'level',
      [80, 120],
      [0.02, 0.05],
    ),
    t(
      L('Antal publika laddpunkter för elbilar', 'Number of public charging points for electric cars'),
      COUNT,
      'increase',
      'level',
      [3, 10],
      [0.12, 0.22],
    ),
    t(
      L(
        'Utsläpp av växthusgaser från vägtrafik jämfört med basåret',
        'Greenhouse gas emissions from road traffic compared with the base year',
      ),
      CHANGE,
      'decrease',
      'change',
      [0, 0],
      [-3, -1],
      RUS,
    ),
    t(
      L('Antal tjänsteresor med flyg per anställd', 'Number of business trips by air per employee'),
      L('resor per anställd', 'trips per employee'),
      'decrease',
      'level',
      [0.3, 0.6],
      [-0.08, -0.03],
    ),
    t(
      L('Andel elbilar bland nyregistrerade personbilar', 'Share of electric cars among newly registered cars'),
      PERCENT,
      'increase',
      'share',
      [0.5, 2],
      [1.5, 4],
      SCB,
    ),
    t(L('Antal platser på pendelparkeringar', 'Number of commuter parking spaces'), COUNT, 'increase', 'level', [300, 600], [0.02, 0.05]),
  ],
  [
    t(
      L('Energianvändning i kommunens lokaler', "Energy use in the municipality's premises"),
      L('kWh/m² Atemp', 'kWh/m² Atemp'),
      'decrease',
      'level',
      [150, 180],
      [-0.025, -0.01],
    ),
    t(
      L('Andel förnybar el i kommunens verksamheter', "Share of renewable electricity in the municipality's services"),
      PERCENT,
      'increase',
      'share',
      [40, 70],
      [2, 4],
    ),
    t(
      L('Installerad solcellseffekt på kommunens tak', "Installed solar power on the municipality's roofs"),
      L('kW', 'kW'),
      'increase',
      'level',
      [10, 40],
      [0.15, 0.3],
    ),
    t(
      L('Utsläpp från uppvärmning jämfört med basåret', 'Emissions from heating compared with the base year'),
      CHANGE,
      'decrease',
      'change',
      [0, 0],
      [-3.5, -1.5],
      RUS,
    ),
    t(
      L('Andel nya kommunala byggnader med miljöcertifiering', 'Share of new municipal buildings with environmental certification'),
      PERCENT,
      'increase',
      'share',
      [10, 30],
      [3, 6],
    ),
    t(
      L('Elanvändning per invånare', 'Electricity use per resident'),
      L('MWh per invånare', 'MWh per resident'),
      'decrease',
      'level',
      [6, 8],
      [-0.02, -0.01],
      SCB,
    ),
    t(
      L('Antal energirådgivningar till hushåll och företag', 'Number of energy advice sessions for households and businesses'),
      COUNT,
      'increase',
      'level',
      [100, 250],
      [0.03, 0.08],
    ),
    t(
      L('Andel fjärrvärme från förnybara källor', 'Share of district heating from renewable sources'),
      PERCENT,
      'increase',
      'share',
      [60, 80],
      [1, 2],
    ),
  ],
  [
    t(
      L('Andel vattenförekomster med god ekologisk status', 'Share of water bodies with good ecological status'),
      PERCENT,
      'increase',
      'share',
      [15, 30],
      [0.5, 1.5],
      L('VISS, Länsstyrelsen (syntetiska data)', 'VISS, County Administrative Board (synthetic data)'),
    ),
    t(
      L('Andel skyddad natur av kommunens landareal', "Share of protected nature in the municipality's land area"),
      PERCENT,
      'increase',
      'share',
      [5, 9],
      [0.2, 0.5],
      SCB,
    ),
    t(
      L('Fosforbelastning på Östersjön från kommunen', 'Phosphorus load on the Baltic Sea from the municipality'),
      L('ton per år', 'tonnes per year'),
      'decrease',
      'level',
      [8, 14],
      [-0.04, -0.02],
    ),
    t(L('Antal anlagda våtmarker', 'Number of constructed wetlands'), COUNT, 'increase', 'level', [3, 8], [0.08, 0.15]),
    t(
      L('Antal enskilda avlopp med godkänd rening', 'Number of private sewage systems with approved treatment'),
      COUNT,
      'increase',
      'level',
      [1500, 2500],
      [0.03, 0.05],
    ),
    t(
      L('Andel ängs- och betesmark som hävdas', 'Share of meadows and pastures under management'),
      PERCENT,
      'increase',
      'share',
      [50, 65],
      [0.5, 1.5],
    ),
    t(
      L('Förekomst av invasiva främmande arter jämfört med basåret', 'Occurrence of invasive alien species compared with the base year'),
      CHANGE,
      'decrease',
      'change',
      [0, 0],
      [-2.5, -0.8],
    ),
    t(
      L('Antal arter i kommunens artövervakning', "Number of species in the municipality's species monitoring"),
      COUNT,
      'increase',
      'level',
      [120, 180],
      [0.01, 0.02],
    ),
  ],
  [
    t(
      L('Mängd hushållsavfall per invånare', 'Household waste per resident'),
      L('kg per invånare', 'kg per resident'),
      'decrease',
      'level',
      [420, 480],
      [-0.025, -0.01],
      L('Avfall Sverige (syntetiska data)', 'Avfall Sverige (synthetic data)'),
    ),
    t(
      L('Andel matavfall som samlas in separat', 'Share of food waste collected separately'),
      PERCENT,
      'increase',
      'share',
      [20, 35],
      [2, 4],
    ),
    t(
      L('Matsvinn i kommunens måltidsverksamhet', "Food waste in the municipality's meal services"),
      L('gram per portion', 'grams per portion'),
      'decrease',
      'level',
      [50, 70],
      [-0.04, -0.02],
    ),
    t(
      L('Andel ekologiska livsmedel i kommunens inköp', "Share of organic food in the municipality's purchases"),
      PERCENT,
      'increase',
      'share',
      [25, 40],
      [1.5, 3],
    ),
    t(
      L(
        'Klimatpåverkan från kommunens livsmedelsinköp jämfört med basåret',
        "Climate impact of the municipality's food purchases compared with the base year",
      ),
      CHANGE,
      'decrease',
      'change',
      [0, 0],
      [-3, -1],
    ),
    t(
      L('Andel hushållsavfall till materialåtervinning', 'Share of household waste sent to material recycling'),
      PERCENT,
      'increase',
      'share',
      [30, 40],
      [1, 2],
    ),
    t(
      L('Antal återbrukade möbler i kommunens verksamheter', "Number of reused furniture items in the municipality's services"),
      COUNT,
      'increase',
      'level',
      [50, 150],
      [0.08, 0.15],
    ),
    t(
      L('Andel upphandlingar med miljökrav', 'Share of procurements with environmental requirements'),
      PERCENT,
      'increase',
      'share',
      [40, 60],
      [2, 4],
    ),
  ],
  [
    t(
      L('Antal deltagare i kommunens klimatdialoger', "Number of participants in the municipality's climate dialogues"),
      COUNT,
      'increase',
      'level',
      [80, 200],
      [0.04, 0.08],
    ),
    t(
      L('Andel anställda som har gått miljöutbildning', 'Share of employees who have completed environmental training'),
      PERCENT,
      'increase',
      'share',
      [10, 25],
      [3, 6],
    ),
    t(
      L('Antal besök på kommunens sidor om klimat och miljö', "Number of visits to the municipality's climate and environment pages"),
      COUNT,
      'increase',
      'level',
      [5000, 12000],
      [0.05, 0.12],
    ),
    t(
      L('Antal samverkansprojekt med näringslivet', 'Number of joint projects with businesses'),
      COUNT,
      'increase',
      'level',
      [2, 6],
      [0.08, 0.15],
    ),
    t(
      L('Andel skolor och förskolor med Grön Flagg', 'Share of schools and preschools with Green Flag'),
      PERCENT,
      'increase',
      'share',
      [15, 30],
      [2, 4],
    ),
    t(
      L('Antal medborgarförslag om miljö och klimat', "Number of citizens' proposals on the environment and climate"),
      COUNT,
      'increase',
      'level',
      [10, 30],
      [0.02, 0.06],
    ),
    t(
      L('Andel invånare som känner till klimatprogrammet', 'Share of residents who know about the climate programme'),
      PERCENT,
      'increase',
      'share',
      [10, 20],
      [1, 3],
      L('Medborgarundersökningen (syntetiska data)', 'Citizen survey (synthetic data)'),
    ),
    t(
      L('Antal föreningar som får miljöbidrag', 'Number of associations receiving environmental grants'),
      COUNT,
      'increase',
      'level',
      [5, 15],
      [0.04, 0.1],
    ),
  ],
]

const ORGANISATIONS: Array<Omit<SeedOrganisation, 'slug'>> = [
  { name: L('Kommunledningsförvaltningen', 'Municipal Management Office'), kind: 'administration' },
  { name: L('Samhällsbyggnadsförvaltningen', 'Urban Development Administration'), kind: 'administration' },
  { name: L('Miljö- och hälsoskyddsförvaltningen', 'Environment and Health Administration'), kind: 'administration' },
  { name: L('Utbildningsförvaltningen', 'Education Administration'), kind: 'administration' },
  { name: L('Äldreförvaltningen', 'Elderly Care Administration'), kind: 'administration' },
  { name: L('Kommunens bostadsbolag', 'Municipal Housing Company'), kind: 'company' },
]

const CONTACT_NAMES = [
  'Karin Åberg',
  'Jonas Öberg',
  'Sara Lindström',
  'Mats Ekström',
  'Anna Söderlund',
  'Erik Håkansson',
  'Lena Björk',
  'Johan Ängqvist',
]
const PLACES = [
  'Handen',
  'Jordbro',
  'Brandbergen',
  'Vendelsö',
  'Västerhaninge',
  'Tungelsta',
  'Vega',
  'Dalarö',
  'Årsta havsbad',
  'Muskö',
  'Utö',
  'Ornö',
]

// ---------------------------------------------------------------------------------------------
// The programme.

const round = (value: number) => {
  const digits = Math.abs(value) < 10 ? 100 : Math.abs(value) < 100 ? 10 : 1
  return Math.round(value * digits) / digits
}

/** Programme number n; the same data for the same n on every call. */
export function syntheticProgramme(n: number): SyntheticData {
  if (!Number.isInteger(n) || n < 1) throw new Error(`A synthetic programme number is a positive integer, not ${n}.`)

  const organisations: SeedOrganisation[] = ORGANISATIONS.map((organisation, k) => ({
    slug: `syntetisk-forvaltning-${n}-${k + 1}`,
    name: L(`${organisation.name.sv} (program ${n})`, `${organisation.name.en} (programme ${n})`),
    kind: organisation.kind,
  }))

  // Goals first: their target years decide the indicators' target years.
  const goalRandom = random(n, 'goals')
  const goalPlans = PARTS.flatMap((_, p) =>
    [0, 1, 2, 3, 4].map((g) => {
      const index = p * 5 + g
      // 8 is coprime with 13, so the 25 goals cover every year 2018-2030.
      const targetYear = FOLLOW_UP_YEARS.first + ((index * 8 + n) % 13)
      return { part: p, code: `${p + 1}.${g + 1}`, index, targetYear, quality: goalRandom.next() }
    }),
  )

  // Indicator 8p+g is the main indicator of goal p.(g+1); the three left over in each part are each a
  // second indicator of one goal in the part, so every indicator is used and each goal has one or two.
  const indicatorsOfGoal = goalPlans.map((goal) => [goal.part * 8 + (goal.index % 5)])
  for (let p = 0; p < PARTS.length; p++) {
    const goals = goalRandom.sample([0, 1, 2, 3, 4], 3)
    goals.forEach((g, extra) => {
      indicatorsOfGoal[p * 5 + g].push(p * 8 + 5 + extra)
    })
  }

  const indicatorRandom = random(n, 'indicators')
  const templates = INDICATORS.flat()
  const indicators: Array<SeedIndicator & { kind: IndicatorKind }> = templates.map((template, i) => {
    const number = i + 1
    // The target year of the goal the indicator measures.
    const targetYear = goalPlans[indicatorsOfGoal.findIndex((linked) => linked.includes(i))].targetYear
    const step = indicatorRandom.between(...template.step)
    const start = indicatorRandom.between(...template.start)
    const baseYear = template.kind === 'change' ? indicatorRandom.pick([2010, 2012, 2014]) : indicatorRandom.pick([2010, 2014, 2017])

    const trend = (year: number) => {
      const years = year - MEASUREMENT_YEARS.first
      if (template.kind === 'share') return Math.min(99, Math.max(0.5, start + step * years))
      if (template.kind === 'level') return start * (1 + step) ** years
      return step * (year - baseYear)
    }
    const measurements: SeedIndicator['measurements'] = []
    for (let year = MEASUREMENT_YEARS.first; year <= MEASUREMENT_YEARS.last; year++) {
      let value: number
      if (template.kind === 'change') {
        value = year === baseYear ? 0 : round(trend(year) + indicatorRandom.between(-0.8, 0.8))
      } else {
        const noisy = trend(year) * (1 + indicatorRandom.between(-0.03, 0.03))
        value = template.unit.sv === 'antal' ? Math.max(1, Math.round(noisy)) : Math.max(0.01, round(noisy))
        if (template.kind === 'share') value = Math.min(99.9, value)
      }
      measurements.push({ year, value })
    }
    if (indicatorRandom.chance(0.12)) {
      // On a value typed in: no import brings notes.
      const row = measurements[indicatorRandom.int(4, KOLADA_YEARS[0] - 1 - MEASUREMENT_YEARS.first)]
      row.note = L('Ändrad beräkningsmetod från och med detta år.', 'Changed calculation method from this year.')
    }

    const valueIn = (year: number) => measurements.find((m) => m.year === year)!.value
    const ambition = template.direction === 'increase' ? 1.1 : 0.9
    const indicator: SeedIndicator & { kind: IndicatorKind } = {
      key: `synthetic-${n}-indicator-${number}`,
      name: L(
        `${template.name.sv} – syntetisk indikator ${number} (program ${n})`,
        `${template.name.en} – synthetic indicator ${number} (programme ${n})`,
      ),
      unit: template.unit,
      direction: template.direction,
      source: template.source,
      measurements,
      demonstration: true,
      kind: template.kind,
    }
    if (template.kind === 'change') {
      indicator.baseline = { year: baseYear, value: 0 }
      indicator.target = { year: targetYear, value: Math.round(trend(targetYear) * 1.2) }
    } else {
      if (indicatorRandom.chance(0.8)) indicator.baseline = { year: baseYear, value: valueIn(baseYear) }
      if (indicatorRandom.chance(0.85)) {
        const target = trend(targetYear) * ambition
        indicator.target = {
          year: targetYear,
          value:
            template.kind === 'share'
              ? Math.min(100, Math.round(target))
              : template.unit.sv === 'antal'
                ? Math.round(target)
                : round(target),
        }
      }
    }
    return indicator
  })

  const followUpRandom = random(n, 'follow-ups')
  const organisationSlugs = organisations.map((o) => o.slug)
  const focusAreas: SyntheticFocusArea[] = PARTS.map((part, p) => ({
    slug: `syntetiskt-program-${n}-${part.slug}`,
    kind: part.kind,
    order: p + 1,
    title: part.title,
    goal: part.goal,
    clarifications: part.clarifications,
    milestoneGoals: goalPlans
      .filter((goal) => goal.part === p)
      .map((goal) => {
        const linked = indicatorsOfGoal[goal.index]
        return {
          code: goal.code,
          text: goalText(indicators[linked[0]], templates[linked[0]], goal.targetYear),
          targetYear: goal.targetYear,
          responsible: goalRandom.sample(organisationSlugs, goalRandom.int(1, 3)).sort(),
          indicators: linked.map((i) => indicators[i].key),
          followUps: followUps(goal.code, goal.targetYear, goal.quality, followUpRandom),
        }
      }),
  }))

  const programmeRandom = random(n, 'programme')
  const [month, day] = [programmeRandom.int(1, 12), programmeRandom.int(1, 28)].map((part) => String(part).padStart(2, '0'))
  const programme: SyntheticProgramme = {
    slug: syntheticProgrammeSlug(n),
    title: L(`Syntetiskt program ${n}`, `Synthetic programme ${n}`),
    adoptedOn: `${SYNTHETIC_ADOPTION_YEAR}-${month}-${day}`,
    adoptedBy: L('Kommunfullmäktige', 'The Municipal Council'),
    description: {
      sv: [
        `Syntetiskt program ${n} är testdata för prestandamätningar. Det har samma form som kommunens klimat- ` +
          `och miljöpolitiska program: fyra fokusområden och ett kapitel, 25 etappmål och 40 indikatorer.`,
        'Värdena är påhittade och följer jämna trender med slumpmässiga avvikelser. Uppföljningen görs varje år från 2018 till 2030.',
      ],
      en: [
        `Synthetic programme ${n} is test data for performance measurements. It has the same shape as the municipality's ` +
          `climate and environmental policy programme: four focus areas and a chapter, 25 milestone goals and 40 indicators.`,
        'The values are made up and follow smooth trends with random deviations. ' +
          'The programme is followed up every year from 2018 to 2030.',
      ],
    },
    focusAreas,
  }

  const contactRandom = random(n, 'contact')
  const contact = {
    name: contactRandom.pick(CONTACT_NAMES),
    role: L('Klimat- och miljöstrateg', 'Climate and environment strategist'),
    phone: `08-606 ${String(70 + (n % 30)).padStart(2, '0')} ${String(n % 100).padStart(2, '0')}`,
    email: `syntetisk.kontakt.${n}@example.org`,
  }

  const { typed, imports } = syntheticImports(
    n,
    indicators.map((indicator, i) => ({
      key: indicator.key,
      measurements: indicator.measurements,
      channel: channelOf(templates[i]),
      whole: templates[i].unit.sv === 'antal',
    })),
    random(n, 'imports'),
  )
  const goals = focusAreas.flatMap((part, p) => part.milestoneGoals.map((goal) => ({ ...goal, part: p })))

  return {
    programme,
    organisations,
    indicators: indicators.map(({ kind, ...indicator }) => ({ ...indicator, measurements: typed.get(indicator.key)! })),
    contact,
    news: newsItems(n, focusAreas, templates, contact.email),
    rounds: {
      rounds: rounds(random(n, 'rounds')),
      openRoundFollowUps: openRoundFollowUps(goals, random(n, 'open round')),
      actions: syntheticActions(
        n,
        goals,
        PLACES,
        { first: FOLLOW_UP_YEARS.first, lastPublished: FOLLOW_UP_YEARS.last, open: OPEN_ROUND_YEAR },
        random(n, 'actions'),
      ),
    },
    imports,
  }
}

/** Statistics Sweden's figures come from Kolada, the municipality's own from a spreadsheet; the rest are typed in. */
function channelOf(template: IndicatorTemplate): ValueChannel {
  if (template.source === SCB) return 'kolada'
  return template.source === OWN ? 'spreadsheet' : 'typed'
}

// ---------------------------------------------------------------------------------------------
// Rounds, as KMPP's go (src/seed/data/rounds.ts): reported until the end of April, published in June.

function rounds(rnd: Random): SeedRoundsData['rounds'] {
  const published: SeedRoundsData['rounds'] = []
  for (let year = FOLLOW_UP_YEARS.first; year <= FOLLOW_UP_YEARS.last; year++) {
    const day = String(rnd.int(10, 20))
    published.push({ year, deadline: `${year}-04-30`, state: 'published', publishedAt: `${year}-06-${day}T08:00:00.000Z` })
  }
  return [...published, { year: OPEN_ROUND_YEAR, deadline: `${OPEN_ROUND_YEAR}-04-30`, state: 'open' }]
}

const REVIEWS: SeedRoundFollowUp['review'][] = ['draft', 'submitted', 'submitted', 'returned', 'approved', 'approved']
const REVIEW_COMMENTS = [
  'Beskriv vilka åtgärder som genomfördes under året och hur de påverkade indikatorerna.',
  'Bedömningen stämmer inte med indikatorernas utveckling. Förklara skillnaden.',
  'Komplettera med årets värden innan uppföljningen skickas in igen.',
]

/** What has been reported in the open round so far: some goals in each review state, the rest missing. */
function openRoundFollowUps(goals: SyntheticMilestoneGoal[], rnd: Random): SeedRoundFollowUp[] {
  const reported = rnd.sample(goals, rnd.int(6, 15)).sort((a, b) => a.code.localeCompare(b.code, 'sv', { numeric: true }))
  return reported.map((goal) => {
    const last = goal.followUps[FOLLOW_UP_YEARS.last].status
    const status: SeedStatus = last === 'not_assessed' ? rnd.pick(['achieved', 'not_achieved'] as const) : last
    const review = rnd.pick(REVIEWS)
    return {
      goal: goal.code,
      status,
      review,
      ...(review === 'returned' ? { reviewComment: rnd.pick(REVIEW_COMMENTS) } : {}),
      commentary: rnd.pick(COMMENTARY[status])(goal.code, OPEN_ROUND_YEAR, goal.targetYear),
      demonstration: true,
    }
  })
}

function goalText(indicator: SeedIndicator, template: IndicatorTemplate, targetYear: number): Localised {
  const nameSv = lowerFirst(template.name.sv)
  const nameEn = lowerFirst(template.name.en)
  const target = indicator.target
  if (!target) {
    return L(
      `Arbetet med ${nameSv} ger tydliga förbättringar till år ${targetYear}.`,
      `Work on ${nameEn} brings clear improvements by ${targetYear}.`,
    )
  }
  if (template.kind === 'change') {
    const lower = Math.abs(target.value)
    const base = indicator.baseline!.year
    return L(
      `${template.name.sv.replace(/ jämfört med basåret$/, '')} minskar med ` +
        `minst ${lower} procent till år ${targetYear} jämfört med ${base}.`,
      `${template.name.en.replace(/ compared with the base year$/, '')}: down ` +
        `by at least ${lower} per cent by ${targetYear} compared with ${base}.`,
    )
  }
  const unitSv = template.unit.sv === 'antal' ? '' : ` ${template.unit.sv}`
  const unitEn = template.unit.en === 'number' ? '' : ` ${template.unit.en}`
  const verbSv = template.direction === 'increase' ? 'ökat' : 'minskat'
  const verbEn = template.direction === 'increase' ? 'increased' : 'decreased'
  return L(
    `${template.name.sv} har ${verbSv} till ${target.value}${unitSv} senast ${targetYear}.`,
    `The ${nameEn} has ${verbEn} to ${target.value}${unitEn} by ${targetYear}.`,
  )
}

const COMMENTARY: Record<SeedStatus, Array<(code: string, year: number, targetYear: number) => Localised>> = {
  achieved: [
    (code, year) =>
      L(
        `Etappmål ${code} är uppnått. Uppföljningen för ${year} visar att målnivån ` +
          `nåddes, och förvaltningarna fortsätter arbetet för att behålla resultatet.`,
        `Milestone goal ${code} has been achieved. The follow-up for ${year} shows that the target ` +
          `level was reached, and the administrations are continuing the work to keep the result.`,
      ),
    (code) =>
      L(
        `Målet för ${code} är nått. Åtgärderna har gett effekt, och erfarenheterna delas nu med andra verksamheter.`,
        `The goal for ${code} has been reached. The measures have had an ` +
          `effect, and the experience is now being shared with other services.`,
      ),
  ],
  on_track: [
    (code, year, targetYear) =>
      L(
        `Arbetet med etappmål ${code} går enligt plan inför målåret ${targetYear}. Utvecklingen under ${year} är positiv.`,
        `Work on milestone goal ${code} is going to plan ahead of the target year ${targetYear}. Developments in ${year} are positive.`,
      ),
    (code, _year, targetYear) =>
      L(
        `Etappmål ${code} bedöms nås till ${targetYear}. Flera åtgärder är genomförda och fler är på väg.`,
        `Milestone goal ${code} is expected to be reached by ${targetYear}. Several measures have been carried out and more are under way.`,
      ),
  ],
  at_risk: [
    (code, year, targetYear) =>
      L(
        `Det finns risk att etappmål ${code} inte nås till ${targetYear}. Takten behöver öka, och fler åtgärder planeras för ${year + 1}.`,
        `There is a risk that milestone goal ${code} will not be reached by ${targetYear}. ` +
          `The pace must increase, and more measures are planned for ${year + 1}.`,
      ),
    (code) =>
      L(
        `Utvecklingen för ${code} går åt rätt håll men för långsamt. Förvaltningarna ser över vilka åtgärder som ger störst effekt.`,
        `Developments for ${code} are heading in the right direction but too slowly. ` +
          `The administrations are reviewing which measures have the greatest effect.`,
      ),
  ],
  not_achieved: [
    (code, _year, targetYear) =>
      L(
        `Etappmål ${code} nåddes inte till målåret ${targetYear}. Åtgärderna ` +
          `har inte räckt, och målet behöver ses över när programmet revideras.`,
        `Milestone goal ${code} was not reached by the target year ${targetYear}. The measures ` +
          `were not enough, and the goal needs to be reviewed when the programme is revised.`,
      ),
    (code, year) =>
      L(
        `Målet för ${code} är inte uppnått. Uppföljningen för ${year} visar att det återstår en hel del arbete.`,
        `The goal for ${code} has not been achieved. The follow-up for ${year} shows that a good deal of work remains.`,
      ),
  ],
  not_assessed: [
    (code, year) =>
      L(
        `Etappmål ${code} har inte bedömts för ${year} eftersom underlag saknas.`,
        `Milestone goal ${code} has not been assessed for ${year} because data is missing.`,
      ),
  ],
}

/** Before the target year a goal is on track or at risk; from it, achieved or not, for good. */
function followUps(code: string, targetYear: number, quality: number, rnd: Random): SyntheticFollowUps {
  const result: SyntheticFollowUps = {}
  const final: SeedStatus = quality > 0.4 ? 'achieved' : 'not_achieved'
  for (let year = FOLLOW_UP_YEARS.first; year <= FOLLOW_UP_YEARS.last; year++) {
    let status: SeedStatus
    if (rnd.chance(0.06)) status = 'not_assessed'
    else if (year >= targetYear) status = final
    else status = quality + rnd.between(-0.25, 0.25) > 0.45 ? 'on_track' : 'at_risk'
    result[year] = { status, commentary: rnd.pick(COMMENTARY[status])(code, year, targetYear) }
  }
  return result
}

// ---------------------------------------------------------------------------------------------
// News.

const DAY = 24 * 60 * 60 * 1000

type NewsContext = {
  part: SyntheticFocusArea
  goal: SyntheticMilestoneGoal
  indicator: IndicatorTemplate
  place: string
  year: number
}

const NEWS_KINDS: Array<(c: NewsContext) => { title: Localised; lead: Localised; body: { sv: string[]; en: string[] } }> = [
  (c) => ({
    title: L(
      `Uppföljningen ${c.year}: så går arbetet med ${lowerFirst(c.part.title.sv)}`,
      `Follow-up ${c.year}: how the work on ${lowerFirst(c.part.title.en)} is going`,
    ),
    lead: L(
      `Årets uppföljning visar hur kommunen ligger till inom ${lowerFirst(c.part.title.sv)}. ` +
        `Några etappmål är nådda, andra kräver mer arbete.`,
      `This year's follow-up shows where the municipality stands on ${lowerFirst(c.part.title.en)}. ` +
        `Some milestone goals have been reached, others need more work.`,
    ),
    body: {
      sv: [
        `Varje år följer kommunen upp etappmålen i programmet. För ${c.year} har alla förvaltningar och bolag rapporterat hur arbetet går.`,
        '## Läget för etappmålen',
        `Etappmål ${c.goal.code} har målåret ${c.goal.targetYear}. Indikatorn ${lowerFirst(c.indicator.name.sv)} visar hur det går.`,
        'Har du frågor om uppföljningen är du välkommen att höra av dig till kommunens klimat- och miljöstrateg.',
      ],
      en: [
        `Every year the municipality follows up the milestone goals of the programme. For ` +
          `${c.year} all administrations and companies have reported how the work is going.`,
        '## Where the milestone goals stand',
        `Milestone goal ${c.goal.code} has the target year ${c.goal.targetYear}. ` +
          `The indicator ${lowerFirst(c.indicator.name.en)} shows how it is going.`,
        "If you have questions about the follow-up, you are welcome to contact the municipality's climate and environment strategist.",
      ],
    },
  }),
  (c) => ({
    title: L(`Nytt steg mot etappmål ${c.goal.code}`, `A new step towards milestone goal ${c.goal.code}`),
    lead: L(
      `Ett nytt beslut för ${lowerFirst(c.part.title.sv)} för kommunen närmare målet till ${c.goal.targetYear}.`,
      `A new decision on ${lowerFirst(c.part.title.en)} brings the municipality closer to the goal for ${c.goal.targetYear}.`,
    ),
    body: {
      sv: [
        `Etappmål ${c.goal.code} handlar om ${lowerFirst(c.indicator.name.sv)}. Nu tas ett nytt steg i arbetet, med start i ${c.place}.`,
        'Åtgärden har tagits fram tillsammans med flera förvaltningar och följs upp i nästa årliga uppföljning.',
        `– Det här är ett viktigt bidrag till målen, säger kommunens klimat- och miljöstrateg.`,
      ],
      en: [
        `Milestone goal ${c.goal.code} is about ${lowerFirst(c.indicator.name.en)}. ` +
          `A new step is now being taken in the work, starting in ${c.place}.`,
        'The measure was developed together with several administrations and will be followed up in the next yearly follow-up.',
        "'This is an important contribution to the goals,' says the municipality's climate and environment strategist.",
      ],
    },
  }),
  (c) => ({
    title: L(
      `Välkommen på öppet möte om ${lowerFirst(c.part.title.sv)} i ${c.place}`,
      `Welcome to an open meeting on ${lowerFirst(c.part.title.en)} in ${c.place}`,
    ),
    lead: L(
      `Kommunen bjuder in invånare, företag och föreningar i ${c.place} till ett samtal om hur vi når målen tillsammans.`,
      `The municipality invites residents, businesses and associations in ${c.place} to a conversation on how we reach the goals together.`,
    ),
    body: {
      sv: [
        `Mötet är öppet för alla och handlar om ${lowerFirst(c.part.title.sv)}. Du får höra hur arbetet går och lämna dina förslag.`,
        '## Program',
        'Först en kort presentation av årets uppföljning, därefter frågor och samtal i mindre grupper. Kaffe och fika serveras.',
      ],
      en: [
        `The meeting is open to everyone and is about ${lowerFirst(c.part.title.en)}. ` +
          `You will hear how the work is going and can make your own suggestions.`,
        '## Programme',
        "First a short presentation of this year's follow-up, then questions and discussion in smaller groups. Coffee is served.",
      ],
    },
  }),
  (c) => ({
    title: L(`Ny statistik: ${lowerFirst(c.indicator.name.sv)}`, `New figures: ${lowerFirst(c.indicator.name.en)}`),
    lead: L(
      `De senaste värdena för ${lowerFirst(c.indicator.name.sv)} är här. Så påverkar de bedömningen av etappmål ${c.goal.code}.`,
      `The latest figures for ${lowerFirst(c.indicator.name.en)} are here. ` +
        `This is how they affect the assessment of milestone goal ${c.goal.code}.`,
    ),
    body: {
      sv: [
        `Indikatorn följs upp varje år och hör till etappmål ${c.goal.code} inom ${lowerFirst(c.part.title.sv)}.`,
        'Värdena för året är nu sammanställda och publicerade. Förändringen jämfört med förra året syns i diagrammet på etappmålets sida.',
      ],
      en: [
        `The indicator is followed up every year and belongs to milestone goal ${c.goal.code} in ${lowerFirst(c.part.title.en)}.`,
        "This year's figures have now been compiled and published. The change " +
          "compared with last year is shown in the chart on the milestone goal's page.",
      ],
    },
  }),
]

function newsItems(n: number, focusAreas: SyntheticFocusArea[], templates: IndicatorTemplate[], contact: string): SyntheticNewsItem[] {
  const rnd = random(n, 'news')
  const start = Date.UTC(2018, 0, 8)
  const span = Date.UTC(2030, 11, 20) - start
  const stepDays = span / DAY / NEWS_PER_PROGRAMME
  const items: SyntheticNewsItem[] = []
  for (let i = 1; i <= NEWS_PER_PROGRAMME; i++) {
    // Item i falls on a day within the first 80 per cent of its own slot: distinct and increasing.
    const day = Math.floor((i - 1 + rnd.between(0, 0.8)) * stepDays)
    const published = start + day * DAY + rnd.int(6, 15) * 60 * 60 * 1000 + rnd.int(0, 59) * 60 * 1000 + (n % 60) * 1000
    const publishedAt = new Date(published)
    const year = publishedAt.getUTCFullYear()

    const parts = rnd.sample(focusAreas, rnd.int(1, 2))
    const goals = rnd.sample(
      parts.flatMap((part) => part.milestoneGoals),
      rnd.int(1, 3),
    )
    const goal = goals[0]
    const part = parts.find((p) => p.milestoneGoals.includes(goal))!
    const indicatorNumber = Number(goal.indicators[0].split('-').pop())
    const context: NewsContext = { part, goal, indicator: templates[indicatorNumber - 1], place: rnd.pick(PLACES), year }
    const content = rnd.pick(NEWS_KINDS)(context)

    const item: SyntheticNewsItem = {
      slug: `syntetisk-nyhet-${n}-${i}`,
      ...content,
      publishedAt: publishedAt.toISOString(),
      updatedAt: new Date(published + rnd.int(0, 10) * DAY).toISOString(),
      focusAreas: parts.map((p) => p.slug),
      milestoneGoals: goals.map((g) => g.code),
      contact,
    }
    // Spring items are usually about the previous year's follow-up; a few items are about none.
    if (rnd.chance(0.85)) item.followUpYear = Math.max(FOLLOW_UP_YEARS.first, publishedAt.getUTCMonth() < 4 ? year - 1 : year)
    items.push(item)
  }
  return items
}
