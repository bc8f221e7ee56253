/**
 * The actions of a synthetic programme (./data.ts), shaped like KMPP's (src/seed/data/actions.ts):
 * two to four per milestone goal, some working towards a second goal of the same part, carried out
 * by the goal's organisations, with a report for every year they ran. Those running in the open
 * round's year may have that year's report too, saved as a draft until the round is published.
 */
import type { Localised, SeedAction } from '../../src/seed/data/types'
import { L, type Random } from './random'

type ActionTemplate = { title: Localised; description: { sv: string[]; en: string[] } }

const a = (title: Localised, description: Localised): ActionTemplate => ({
  title,
  description: { sv: [description.sv], en: [description.en] },
})

/** Six kinds of action per part, in the order of the parts (PARTS in ./data.ts). */
const ACTIONS: ActionTemplate[][] = [
  [
    a(
      L('Laddpunkter vid infartsparkeringar', 'Charging points at park-and-ride car parks'),
      L('Publika laddpunkter byggs där pendlare ställer bilen.', 'Public charging points are built where commuters park.'),
    ),
    a(
      L('Fossilfria drivmedel i kommunens fordon', "Fossil-free fuel in the municipality's vehicles"),
      L('Fordonen tankas med förnybart och byts mot elfordon.', 'The vehicles run on renewable fuel and are replaced by electric ones.'),
    ),
    a(
      L('Nya cykelstråk', 'New cycle routes'),
      L(
        'Sammanhängande cykelstråk byggs mellan bostäder, skolor och stationer.',
        'Continuous cycle routes link homes, schools and stations.',
      ),
    ),
    a(
      L('Resfria möten', 'Meetings without travel'),
      L('Digitala möten ersätter tjänsteresor där det går.', 'Online meetings replace business trips where possible.'),
    ),
    a(
      L('Bättre busstrafik', 'Better bus services'),
      L('Tätare turer och nya linjer tas fram med regionen.', 'More frequent and new bus lines are planned with the region.'),
    ),
    a(
      L('Bilpool för anställda', 'Car pool for employees'),
      L(
        'En gemensam bilpool med elbilar ersätter privata bilar i tjänsten.',
        'A shared pool of electric cars replaces private cars at work.',
      ),
    ),
  ],
  [
    a(
      L('Solceller på kommunens tak', "Solar panels on the municipality's roofs"),
      L('Solceller monteras på skolor, förskolor och idrottshallar.', 'Solar panels are fitted on schools, preschools and sports halls.'),
    ),
    a(
      L('Energieffektivisering i flerbostadshus', 'Energy efficiency in apartment buildings'),
      L('Ventilation, värmestyrning och belysning ses över.', 'Ventilation, heating controls and lighting are renewed.'),
    ),
    a(
      L('Energirådgivning för företag', 'Energy advice for businesses'),
      L('Små företag får kostnadsfri energikartläggning.', 'Small businesses get a free energy survey.'),
    ),
    a(
      L('Klimatkrav i nybyggnation', 'Climate requirements in new buildings'),
      L(
        'Nya byggnader uppförs med låg klimatpåverkan och miljöcertifieras.',
        'New buildings are built with a low climate impact and certified.',
      ),
    ),
    a(
      L('Förnybar el i alla verksamheter', 'Renewable electricity in all services'),
      L('Elavtalen upphandlas med krav på förnybar el.', 'Electricity contracts are procured with renewable requirements.'),
    ),
    a(
      L('Smart styrning av belysning', 'Smart lighting controls'),
      L('Gatubelysning och lokaler får närvarostyrning.', 'Street and indoor lighting get presence controls.'),
    ),
  ],
  [
    a(
      L('Anläggning av våtmarker', 'Constructing wetlands'),
      L('Våtmarker anläggs för att fånga näring innan den når havet.', 'Wetlands are built to catch nutrients before they reach the sea.'),
    ),
    a(
      L('Tillsyn av enskilda avlopp', 'Inspection of private sewage systems'),
      L('Enskilda avlopp inventeras och åtgärdas område för område.', 'Private sewage systems are surveyed and fixed area by area.'),
    ),
    a(
      L('Skötselplaner för naturreservat', 'Management plans for nature reserves'),
      L('Reservaten får skötselplaner och återkommande skötsel.', 'The reserves get management plans and regular care.'),
    ),
    a(
      L('Bekämpning av invasiva arter', 'Control of invasive species'),
      L('Invasiva arter kartläggs och bekämpas tillsammans med markägare.', 'Invasive species are mapped and controlled with landowners.'),
    ),
    a(
      L('Vattenplaner för sjöar och vattendrag', 'Water plans for lakes and watercourses'),
      L('Åtgärdsplaner tas fram för varje vattenförekomst.', 'Action plans are drawn up for each water body.'),
    ),
    a(
      L('Betesmarker i kommunens regi', 'Pastures managed by the municipality'),
      L('Igenvuxna marker röjs och betas igen.', 'Overgrown land is cleared and grazed again.'),
    ),
  ],
  [
    a(
      L('Minskat matsvinn i skolkök', 'Less food waste in school kitchens'),
      L('Svinnet mäts och menyerna anpassas.', 'Waste is measured and menus are adapted.'),
    ),
    a(
      L('Återbruk av möbler', 'Reuse of furniture'),
      L('Möbler som inte används flyttas till andra verksamheter.', 'Furniture no longer used is moved to other services.'),
    ),
    a(
      L('Insamling av matavfall', 'Collection of food waste'),
      L('Alla hushåll erbjuds separat insamling av matavfall.', 'Every household is offered separate collection of food waste.'),
    ),
    a(
      L('Miljökrav i upphandling', 'Environmental requirements in procurement'),
      L('Upphandlingar får krav på miljö och klimat.', 'Procurements carry environmental and climate requirements.'),
    ),
    a(
      L('Klimatsmarta måltider', 'Climate-smart meals'),
      L('Fler vegetariska rätter och säsongens råvaror.', 'More vegetarian dishes and seasonal produce.'),
    ),
    a(
      L('Återbruksparker', 'Reuse parks'),
      L('Återvinningscentralerna får en del för återbruk.', 'The recycling centres get a section for reuse.'),
    ),
  ],
  [
    a(
      L('Klimatdialoger med invånare', 'Climate dialogues with residents'),
      L('Öppna möten om klimatarbetet hålls i kommundelarna.', 'Open meetings on the climate work are held in every district.'),
    ),
    a(
      L('Miljöutbildning för anställda', 'Environmental training for employees'),
      L('Alla anställda går en grundutbildning om klimat och miljö.', 'All employees take a basic course on climate and environment.'),
    ),
    a(
      L('Klimatlöfte med näringslivet', 'Climate pledge with businesses'),
      L('Företag ansluter sig till gemensamma klimatlöften.', 'Businesses join shared climate pledges.'),
    ),
    a(
      L('Grön Flagg i skolor', 'Green Flag in schools'),
      L('Skolor och förskolor arbetar med Grön Flagg.', 'Schools and preschools work with Green Flag.'),
    ),
    a(
      L('Miljöbidrag till föreningar', 'Environmental grants for associations'),
      L('Föreningar kan söka bidrag för miljöprojekt.', 'Associations can apply for grants for environmental projects.'),
    ),
    a(
      L('Rapport om klimatarbetet', 'Report on the climate work'),
      L('Uppföljningen presenteras öppet på webben varje år.', 'The follow-up is presented openly on the web every year.'),
    ),
  ],
]

const PROGRESS: Array<(place: string, count: number) => Localised> = [
  (place, count) =>
    L(
      `Arbetet fortsatte i ${place}: ${count} delprojekt genomfördes.`,
      `Work continued in ${place}: ${count} sub-projects were carried out.`,
    ),
  (_place, count) =>
    L(
      `${count} nya insatser beslutades och genomfördes under året.`,
      `${count} new measures were decided and carried out during the year.`,
    ),
  (place) =>
    L(
      `Erfarenheterna från ${place} delades med andra förvaltningar.`,
      `The experience from ${place} was shared with other administrations.`,
    ),
  (_place, count) =>
    L(`Uppföljningen visar att ${count} av målen för året nåddes.`, `The follow-up shows that ${count} of the year's targets were met.`),
]

export type ActionYears = { first: number; lastPublished: number; open: number }

export type ActionGoal = { code: string; part: number; responsible: string[] }

/** The actions of programme n's goals (in code order), with slugs that carry n. */
export function syntheticActions(n: number, goals: ActionGoal[], places: readonly string[], years: ActionYears, rnd: Random): SeedAction[] {
  const actions: SeedAction[] = []
  for (const goal of goals) {
    const count = rnd.int(2, 4)
    const templates = rnd.sample(ACTIONS[goal.part], count)
    for (const template of templates) {
      const others = goals.filter((other) => other.part === goal.part && other.code !== goal.code)
      const milestoneGoals = rnd.chance(0.2) ? [goal.code, rnd.pick(others).code].sort() : [goal.code]
      actions.push(action(`syntetisk-atgard-${n}-${actions.length + 1}`, template, milestoneGoals, goal.responsible, places, years, rnd))
    }
  }
  return actions
}

function action(
  slug: string,
  template: ActionTemplate,
  milestoneGoals: string[],
  responsible: string[],
  places: readonly string[],
  years: ActionYears,
  rnd: Random,
): SeedAction {
  const place = rnd.pick(places)
  const startYear = rnd.int(years.first, years.open)
  const { state, endYear } = course(startYear, years, rnd)
  const last = endYear ?? (rnd.chance(0.6) ? years.open : years.lastPublished)
  const updates: SeedAction['updates'] = []
  for (let year = startYear; year <= last; year++) updates.push({ year, text: update(year, startYear, state, endYear, place, rnd) })
  return {
    slug,
    title: L(`${template.title.sv} i ${place}`, `${template.title.en} in ${place}`),
    description: template.description,
    milestoneGoals,
    responsible: rnd.sample(responsible, rnd.int(1, responsible.length)).sort(),
    state,
    startYear,
    ...(endYear === undefined ? {} : { endYear }),
    updates,
    demonstration: true,
  }
}

/** Planned when it starts in the open round's year; else done, cancelled or still going. */
function course(startYear: number, years: ActionYears, rnd: Random): Pick<SeedAction, 'state' | 'endYear'> {
  if (startYear === years.open) return { state: 'planned' }
  const roll = rnd.next()
  if (roll < 0.06) return { state: 'cancelled', endYear: rnd.int(startYear, years.lastPublished) }
  const endYear = startYear + rnd.int(0, 5)
  if (roll < 0.5 && endYear <= years.lastPublished) return { state: 'done', endYear }
  return { state: 'ongoing' }
}

function update(year: number, startYear: number, state: SeedAction['state'], endYear: number | undefined, place: string, rnd: Random) {
  if (year === endYear && state === 'done') return L('Åtgärden slutfördes och utvärderades.', 'The action was completed and evaluated.')
  if (year === endYear && state === 'cancelled') {
    return L('Åtgärden avbröts efter beslut i nämnden.', 'The action was cancelled by decision of the committee.')
  }
  if (year === startYear) return L(`Arbetet startade i ${place}.`, `Work started in ${place}.`)
  return rnd.pick(PROGRESS)(place, rnd.int(2, 12))
}
