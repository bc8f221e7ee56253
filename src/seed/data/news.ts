// Values without a source in the facts file are demonstration data.
import type { SeedContact, SeedNewsItem } from './types'

export const contact: SeedContact = {
  name: 'Elin Bergkvist',
  role: { sv: 'Klimat- och miljöstrateg', en: 'Climate and environment strategist' },
  phone: '08-606 70 00',
  email: 'elin.bergkvist@haninge.se',
}

export const news: SeedNewsItem[] = [
  {
    slug: 'uppfoljning-av-kmpp-2020',
    title: {
      sv: 'Uppföljning av klimat- och miljöpolitiska programmet 2020',
      en: 'Follow-up of the climate and environmental policy programme 2020',
    },
    lead: {
      sv: 'Årets uppföljning av kommunens klimat- och miljöpolitiska program visar att ett brett arbete pågår i hela kommunen. På många områden har vi kommit långt, på andra återstår mycket att göra.',
      en: "This year's follow-up of the municipality's climate and environmental policy programme shows broad work under way across the municipality. We have come a long way in many areas, while much remains to be done in others.",
    },
    body: {
      sv: [
        'Varje år följer kommunen upp arbetet med Klimat- och miljöpolitiskt program (KMPP). Programmet har fyra fokusområden och ett kapitel om kommunikation och samverkan, med sammanlagt 25 etappmål. Uppföljningen visar att arbete pågår i alla förvaltningar och i de kommunala bolagen.',
        '## Fossilfria resor och transporter',
        'Ett aktivt arbete pågår för att kommunens egna resor och transporter ska vara fossilfria 2025. Andelen fossilfritt drivmedel i kommunens inköp fortsätter att öka, och det blir fler publika laddpunkter och tankställen för förnybara drivmedel.',
        '## Energi i lokaler och bostäder',
        'Målet om lägre energianvändning i kommunens lokaler och bostäder är redan nått. Energianvändningen är nu mer än 20 procent lägre än 2009.',
        '## Mat och måltider',
        'Ett brett arbete pågår för att minska klimat- och miljöpåverkan från kommunens livsmedelsinköp, bland annat med fler vegetariska måltider och mindre kött på tallriken.',
        '## Vatten, biologisk mångfald och ekosystemtjänster',
        'Arbetet med vatten, biologisk mångfald och ekosystemtjänster är långsiktigt, och att samla in kunskap är ofta en viktig del av det. Flera utredningar har startats och levererats, bland annat en kartläggning av de ekologiska spridningssambanden och underlag för åtgärdsplaner för vatten. De blir grunden för kommande åtgärder.',
        '## Hållbar konsumtion och resurseffektiva kretslopp',
        'Inom fokusområdet hållbar konsumtion och resurseffektiva kretslopp ser flera etappmål svåra ut att nå. Det gäller bland annat att minska matsvinnet och mängden hushållsavfall och att samla in mer matavfall separat.',
        '## Uppföljningen i stället för vårens seminarium',
        'Varje vår brukar uppföljningen presenteras på ett seminarium. I år ställdes seminariet in, och innehållet publiceras i stället här. Sedan hösten 2019 samordnar en klimat- och miljögrupp med representanter för alla förvaltningar samt Tornberget och Haninge Bostäder uppföljningen och genomförandet av programmet.',
        'Har du frågor om uppföljningen är du välkommen att kontakta kommunens klimat- och miljöstrateg.',
      ],
      en: [
        'Every year the municipality follows up its work on the Climate and Environmental Policy Programme (KMPP). The programme has four focus areas and a chapter on communication and cooperation, with 25 milestone goals in all. The follow-up shows that work is under way in all administrations and in the municipal companies.',
        '## Fossil-free travel and transport',
        "Active work is under way to make the municipality's own travel and transport fossil-free by 2025. The share of fossil-free fuel in the municipality's purchases keeps rising, and there are more public charging points and filling stations for renewable fuels.",
        '## Energy in premises and housing',
        "The goal of lower energy use in the municipality's premises and housing has already been reached. Energy use is now more than 20 per cent lower than in 2009.",
        '## Food and meals',
        "Broad work is under way to reduce the climate and environmental impact of the municipality's food purchases, for example with more vegetarian meals and less meat on the plate.",
        '## Water, biodiversity and ecosystem services',
        'Work on water, biodiversity and ecosystem services is long-term, and gathering knowledge is often a key part of it. Several studies have been started and delivered, among them a mapping of ecological dispersal links and a basis for action plans for water. They will be the foundation for coming measures.',
        '## Sustainable consumption and resource-efficient cycles',
        'In the focus area sustainable consumption and resource-efficient cycles, several milestone goals look hard to reach. These include reducing food waste and the amount of household waste and collecting more food waste separately.',
        '## The follow-up instead of the spring seminar',
        'The follow-up is usually presented at a seminar every spring. This year the seminar was cancelled, and its content is published here instead. Since autumn 2019 a climate and environment group with representatives of all administrations as well as Tornberget and Haninge Bostäder has coordinated the follow-up and implementation of the programme.',
        "If you have questions about the follow-up, you are welcome to contact the municipality's climate and environment strategist.",
      ],
    },
    publishedAt: '2020-06-15T08:00:00.000Z',
    updatedAt: '2020-07-23T10:00:00.000Z',
    followUpYear: 2020,
    focusAreas: [
      'fossilfria-resor-och-transporter',
      'hallbar-stadsutveckling',
      'rent-vatten-och-naturens-mangfald',
      'hallbar-konsumtion-och-resurseffektiva-kretslopp',
      'kommunikation-och-samverkan',
    ],
    milestoneGoals: ['1.1', '1.3', '2.1', '3.1', '3.4', '4.1', '4.2', '4.3', '4.4', '4.5', '5.2', '5.3'],
    contact: 'elin.bergkvist@haninge.se',
  },
]
