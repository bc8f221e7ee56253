// Demonstration data: the facts file names no actions. These are plausible examples of what the
// responsible administrations and companies could do, not Haninge's own actions.
import type { SeedAction } from './types'

export const actions: SeedAction[] = [
  {
    slug: 'laddpunkter-vid-infartsparkeringar',
    title: { sv: 'Laddpunkter vid infartsparkeringar', en: 'Charging points at park-and-ride car parks' },
    description: {
      sv: ['Publika laddpunkter byggs vid kommunens infartsparkeringar, så att den som pendlar kan ladda medan bilen står.'],
      en: ["Public charging points are built at the municipality's park-and-ride car parks, so that commuters can charge while parked."],
    },
    milestoneGoals: ['1.3'],
    responsible: ['samhallsbyggnadsforvaltningen'],
    state: 'ongoing',
    startYear: 2019,
    updates: [
      {
        year: 2019,
        text: { sv: 'Platser valdes ut och tolv laddpunkter upphandlades.', en: 'Sites were chosen and twelve charging points procured.' },
      },
      {
        year: 2020,
        text: {
          sv: 'Tolv laddpunkter togs i bruk vid två infartsparkeringar.',
          en: 'Twelve charging points were put into use at two car parks.',
        },
      },
      {
        year: 2021,
        text: {
          sv: 'Ytterligare åtta laddpunkter byggs vid Handens station.',
          en: 'Eight more charging points are being built at Handen station.',
        },
      },
    ],
    demonstration: true,
  },
  {
    slug: 'fossilfria-drivmedel-i-kommunens-fordon',
    title: { sv: 'Fossilfria drivmedel i kommunens fordon', en: "Fossil-free fuel in the municipality's vehicles" },
    description: {
      sv: ['Kommunens fordon tankas med förnybara drivmedel, och nya fordon köps som elbilar eller biogasbilar.'],
      en: ["The municipality's vehicles run on renewable fuels, and new vehicles are bought as electric or biogas cars."],
    },
    milestoneGoals: ['1.1'],
    responsible: ['kommunstyrelseforvaltningen', 'samhallsbyggnadsforvaltningen'],
    state: 'done',
    startYear: 2018,
    endYear: 2020,
    updates: [
      { year: 2018, text: { sv: 'Nya drivmedelsavtal med krav på förnybart.', en: 'New fuel contracts requiring renewable fuel.' } },
      { year: 2019, text: { sv: 'Femton bilar byttes mot elbilar.', en: 'Fifteen cars were replaced by electric cars.' } },
      {
        year: 2020,
        text: { sv: 'Alla tankkort spärrade för fossil bensin och diesel.', en: 'All fuel cards blocked for fossil petrol and diesel.' },
      },
    ],
    demonstration: true,
  },
  {
    slug: 'energieffektivisering-i-flerbostadshus',
    title: { sv: 'Energieffektivisering i flerbostadshus', en: 'Energy efficiency in apartment buildings' },
    description: {
      sv: ['Ventilation, värmestyrning och belysning ses över i de äldre flerbostadshusen.'],
      en: ['Ventilation, heating controls and lighting are renewed in the older apartment buildings.'],
    },
    milestoneGoals: ['2.1', '2.2'],
    responsible: ['haninge-bostader', 'tornberget'],
    state: 'ongoing',
    startYear: 2018,
    updates: [
      { year: 2019, text: { sv: 'Ny värmestyrning i 400 lägenheter.', en: 'New heating controls in 400 flats.' } },
      {
        year: 2020,
        text: {
          sv: 'Ventilationen byttes i tre skolor och två äldreboenden.',
          en: 'Ventilation was replaced in three schools and two care homes.',
        },
      },
      { year: 2021, text: { sv: 'LED-belysning i alla trapphus i Brandbergen.', en: 'LED lighting in every stairwell in Brandbergen.' } },
    ],
    demonstration: true,
  },
  {
    slug: 'naturvardesinventering-i-prioriterade-omraden',
    title: { sv: 'Naturvärdesinventering i prioriterade områden', en: 'Nature value surveys in priority areas' },
    description: {
      sv: ['Naturvärdena i de prioriterade natur- och vattenområdena inventeras, som underlag för planering och skydd.'],
      en: ['The nature values of the priority nature and water areas are surveyed, as a basis for planning and protection.'],
    },
    milestoneGoals: ['3.6', '2.3'],
    responsible: ['samhallsbyggnadsforvaltningen'],
    state: 'ongoing',
    startYear: 2019,
    updates: [
      { year: 2020, text: { sv: 'Tio områden inventerades.', en: 'Ten areas were surveyed.' } },
      { year: 2021, text: { sv: 'Fem områden till inventerades.', en: 'Five more areas were surveyed.' } },
    ],
    demonstration: true,
  },
  {
    slug: 'mer-vegetariskt-i-skolmaten',
    title: { sv: 'Mer vegetariskt i skolmaten', en: 'More vegetarian school meals' },
    description: {
      sv: ['Skolornas kök serverar vegetariskt två dagar i veckan och väljer kött med lägre klimatpåverkan.'],
      en: ["The schools' kitchens serve vegetarian food two days a week and choose meat with a lower climate impact."],
    },
    milestoneGoals: ['4.1', '4.2'],
    responsible: ['grundskoleforvaltningen'],
    state: 'ongoing',
    startYear: 2018,
    updates: [
      {
        year: 2019,
        text: { sv: 'Två vegetariska dagar i veckan i alla grundskolor.', en: 'Two vegetarian days a week in every compulsory school.' },
      },
      { year: 2020, text: { sv: 'Nya recept och utbildning för kockarna.', en: 'New recipes and training for the cooks.' } },
    ],
    demonstration: true,
  },
  {
    slug: 'biogas-vid-kommunens-tankstallen',
    title: { sv: 'Biogas vid kommunens tankställen', en: "Biogas at the municipality's filling stations" },
    description: {
      sv: ['En biogasmack vid kommunens förråd för kommunens fordon och allmänheten.'],
      en: ["A biogas station at the municipality's depot for its vehicles and the public."],
    },
    milestoneGoals: ['1.3'],
    responsible: ['samhallsbyggnadsforvaltningen'],
    state: 'cancelled',
    startYear: 2018,
    endYear: 2019,
    updates: [
      { year: 2018, text: { sv: 'Förstudie om placering.', en: 'Pre-study of the location.' } },
      {
        year: 2019,
        text: {
          sv: 'Avbröts: en privat aktör bygger en mack i närheten.',
          en: 'Cancelled: a private operator is building a station nearby.',
        },
      },
    ],
    demonstration: true,
  },
  {
    slug: 'cykelplan',
    title: { sv: 'Ny cykelplan', en: 'New cycling plan' },
    description: {
      sv: ['En cykelplan med ett sammanhängande nät av cykelvägar mellan kommundelarna.'],
      en: ['A cycling plan with a connected network of cycle paths between the districts.'],
    },
    milestoneGoals: ['1.2'],
    responsible: ['samhallsbyggnadsforvaltningen'],
    state: 'planned',
    startYear: 2021,
    updates: [],
    demonstration: true,
  },
]
