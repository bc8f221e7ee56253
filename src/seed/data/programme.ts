// Values without a source in the facts file are demonstration data.
import type { SeedProgramme } from './types'

export const programme: SeedProgramme = {
  slug: 'kmpp-2017',
  title: {
    sv: 'Klimat- och miljöpolitiskt program (KMPP)',
    en: 'Climate and Environmental Policy Programme (KMPP)',
  },
  adoptedOn: '2017-10-09',
  adoptedBy: { sv: 'Kommunfullmäktige', en: 'The Municipal Council' },
  // Haninge's code in Statistics Sweden's list of municipalities.
  municipalityCode: '0136',
  description: {
    sv: [
      'Klimat- och miljöpolitiskt program (KMPP) är Haninge kommuns samlade styrdokument för arbetet med klimat och miljö. Hållbarhetsberedningen tog fram programmet, och kommunfullmäktige antog det den 9 oktober 2017. Programmet vilar på principen om hållbar utveckling och knyter an till FN:s globala mål i Agenda 2030 och till Sveriges nationella miljökvalitetsmål.',
      'Programmet består av fyra fokusområden och ett kapitel om kommunikation och samverkan. Varje del har ett övergripande mål med preciseringar och ett antal etappmål som är steg på vägen, vart och ett med ett målår och en eller flera indikatorer. Alla förvaltningar och kommunala bolag ansvarar för att nå etappmålen inom sina egna verksamhetsområden.',
      'Programmet följs upp varje år. Sedan hösten 2019 samordnar en förvaltningsövergripande klimat- och miljögrupp uppföljningen och genomförandet. I gruppen finns representanter för samtliga förvaltningar samt för Tornberget och Haninge Bostäder.',
    ],
    en: [
      "The Climate and Environmental Policy Programme (KMPP) is Haninge Municipality's overarching policy document for its climate and environmental work. It was prepared by the sustainability drafting committee and adopted by the Municipal Council on 9 October 2017. The programme rests on the principle of sustainable development and links to the UN global goals of Agenda 2030 and to Sweden's national environmental quality objectives.",
      'The programme consists of four focus areas and a chapter on communication and cooperation. Each part has an overall goal with clarifications and a number of milestone goals that are steps along the way, each with a target year and one or more indicators. All administrations and municipal companies are responsible for reaching the milestone goals within their own areas of activity.',
      'The programme is followed up every year. Since autumn 2019 a cross-administration climate and environment group has coordinated the follow-up and implementation. The group has representatives of all administrations as well as of Tornberget and Haninge Bostäder.',
    ],
  },
  focusAreas: [
    {
      slug: 'fossilfria-resor-och-transporter',
      kind: 'focus_area',
      order: 1,
      title: { sv: 'Fossilfria resor och transporter', en: 'Fossil-free travel and transport' },
      goal: {
        sv: 'Kommunens egna resor och transporter är fossilfria senast 2025, och alla resor och transporter i Haninge är fossilfria senast 2030.',
        en: "The municipality's own travel and transport are fossil-free by 2025, and all travel and transport in Haninge are fossil-free by 2030.",
      },
      clarifications: [
        {
          sv: 'Kommunens fordon drivs med el eller förnybara drivmedel, och tjänsteresor görs i första hand med kollektivtrafik, cykel eller till fots.',
          en: "The municipality's vehicles run on electricity or renewable fuels, and business trips are made primarily by public transport, bicycle or on foot.",
        },
        {
          sv: 'Samhällsplaneringen gör det enkelt och attraktivt att gå, cykla och åka kollektivt i hela Haninge.',
          en: 'Spatial planning makes walking, cycling and public transport easy and attractive throughout Haninge.',
        },
        {
          sv: 'Invånare, besökare och företag har god tillgång till laddning och till tankställen för förnybara drivmedel.',
          en: 'Residents, visitors and businesses have good access to charging and to filling stations for renewable fuels.',
        },
      ],
      milestoneGoals: [
        {
          code: '1.1',
          text: {
            sv: 'Andelen inköpt fossilfritt drivmedel har ökat till totalt 50 procent.',
            en: 'The share of fossil-free fuel purchased has increased to 50 per cent in total.',
          },
          targetYear: 2020,
          responsible: [
            'kommunstyrelseforvaltningen',
            'samhallsbyggnadsforvaltningen',
            'socialforvaltningen',
            'aldreforvaltningen',
            'tornberget',
            'haninge-bostader',
          ],
          indicators: ['fossil-free-fuel-share', 'fossil-free-vehicles-share'],
          followUps: {
            2018: {
              status: 'at_risk',
              commentary: {
                sv: 'Andelen fossilfritt drivmedel har ökat till 31 procent, men takten behöver öka för att nå 50 procent till 2020. Flera verksamheter tankar fortfarande fossila drivmedel när förnybara alternativ finns.',
                en: 'The share of fossil-free fuel has risen to 31 per cent, but the pace must increase to reach 50 per cent by 2020. Several services still fill up with fossil fuels where renewable alternatives are available.',
              },
            },
            2019: {
              status: 'on_track',
              commentary: {
                sv: 'Andelen har ökat till 39 procent. Nya avtal för förnybara drivmedel och fler elbilar i fordonsflottan har gett effekt.',
                en: 'The share has risen to 39 per cent. New contracts for renewable fuels and more electric cars in the fleet have had an effect.',
              },
            },
            2020: {
              status: 'on_track',
              commentary: {
                sv: 'Ett aktivt arbete pågår mot målet att kommunens resor och transporter ska vara fossilfria 2025. Andelen fossilfritt drivmedel är nu 48 procent, och målet på 50 procent är inom räckhåll.',
                en: 'Active work is under way towards the goal of fossil-free municipal travel and transport by 2025. The share of fossil-free fuel is now 48 per cent, and the 50 per cent goal is within reach.',
              },
            },
          },
        },
        {
          code: '1.2',
          text: {
            sv: 'Andelen resor med kollektivtrafik, cykel och gång har ökat till 55 procent av färdmedelsfördelningen.',
            en: 'Trips by public transport, bicycle and on foot have increased to 55 per cent of the modal split.',
          },
          targetYear: 2025,
          responsible: ['samhallsbyggnadsforvaltningen', 'kommunstyrelseforvaltningen'],
          indicators: ['sustainable-modal-share', 'cycle-network-length'],
          followUps: {
            2018: {
              status: 'on_track',
              commentary: {
                sv: 'Andelen hållbara resor ökar långsamt och är 47 procent. Utbyggnaden av cykelvägnätet fortsätter.',
                en: 'The share of sustainable trips is rising slowly and stands at 47 per cent. The expansion of the cycle path network continues.',
              },
            },
            2019: {
              status: 'on_track',
              commentary: {
                sv: 'Andelen hållbara resor är 48 procent. Kommunen har byggt fler cykelvägar och förbättrat kopplingarna till kollektivtrafiken.',
                en: 'The share of sustainable trips is 48 per cent. The municipality has built more cycle paths and improved connections to public transport.',
              },
            },
            2020: {
              status: 'on_track',
              commentary: {
                sv: 'Andelen hållbara resor har ökat till 49 procent. Arbetet med cykelinfrastruktur och kollektivtrafik fortsätter, men ökningstakten behöver hållas uppe för att nå 55 procent 2025.',
                en: 'The share of sustainable trips has risen to 49 per cent. Work on cycling infrastructure and public transport continues, but the rate of increase must be kept up to reach 55 per cent in 2025.',
              },
            },
          },
        },
        {
          code: '1.3',
          text: {
            sv: 'Antalet publika laddpunkter och tankställen för förnybara drivmedel har tredubblats jämfört med 2016.',
            en: 'The number of public charging points and filling stations for renewable fuels has tripled compared with 2016.',
          },
          targetYear: 2022,
          responsible: ['samhallsbyggnadsforvaltningen', 'tornberget', 'haninge-bostader'],
          indicators: ['charging-and-biogas-stations'],
          followUps: {
            2018: {
              status: 'on_track',
              commentary: {
                sv: 'Antalet publika laddstolpar och tankställen för biogas har ökat från 24 år 2016 till 40.',
                en: 'The number of public charging posts and biogas filling stations has increased from 24 in 2016 to 40.',
              },
            },
            2019: {
              status: 'on_track',
              commentary: {
                sv: 'Antalet har ökat till 52, bland annat genom nya laddplatser vid kommunala anläggningar och infartsparkeringar.',
                en: 'The number has risen to 52, partly through new charging points at municipal facilities and park-and-ride sites.',
              },
            },
            2020: {
              status: 'on_track',
              commentary: {
                sv: 'Antalet är nu 63, och utvecklingen går mot en tredubbling till 2022.',
                en: 'The number is now 63, and the trend points towards a tripling by 2022.',
              },
            },
          },
        },
        {
          code: '1.4',
          text: {
            sv: 'Utsläppen av växthusgaser från transporter har minskat jämfört med 2014.',
            en: 'Greenhouse gas emissions from transport have decreased compared with 2014.',
          },
          targetYear: 2022,
          responsible: ['samhallsbyggnadsforvaltningen', 'kommunstyrelseforvaltningen'],
          indicators: ['transport-ghg-change-vs-2014'],
          followUps: {
            2018: {
              status: 'at_risk',
              commentary: {
                sv: 'Utsläppen från transporter har bara minskat marginellt sedan 2014, eftersom ökande trafikmängder motverkar effekten av förnybara drivmedel.',
                en: 'Emissions from transport have fallen only marginally since 2014, as growing traffic volumes offset the effect of renewable fuels.',
              },
            },
            2019: {
              status: 'on_track',
              commentary: {
                sv: 'Utsläppen från transporter är nu 6 procent lägre än 2014. En ökad andel förnybart i drivmedlen bidrar till minskningen.',
                en: 'Emissions from transport are now 6 per cent lower than in 2014. A growing renewable share in fuels contributes to the reduction.',
              },
            },
            2020: {
              status: 'on_track',
              commentary: {
                sv: 'Utsläppen från transporter fortsätter att minska och är 9 procent lägre än 2014.',
                en: 'Emissions from transport continue to fall and are 9 per cent lower than in 2014.',
              },
            },
          },
        },
      ],
    },
    {
      slug: 'hallbar-stadsutveckling',
      kind: 'focus_area',
      order: 2,
      title: { sv: 'Hållbar stadsutveckling', en: 'Sustainable urban development' },
      goal: {
        sv: 'Planering och byggande är resurseffektiva och klimatanpassade och bidrar till en god och hälsosam livsmiljö. Ekosystemtjänster i den byggda miljön skyddas och utvecklas.',
        en: 'Planning and building are resource-efficient and adapted to the climate and contribute to a good and healthy living environment. Ecosystem services in the built environment are protected and developed.',
      },
      clarifications: [
        {
          sv: 'Kommunens lokaler och bostäder används och förvaltas energieffektivt, och ny bebyggelse har låg energianvändning.',
          en: "The municipality's premises and housing are used and managed energy-efficiently, and new buildings have low energy use.",
        },
        {
          sv: 'Ny bebyggelse placeras och utformas så att den tål ett förändrat klimat, till exempel skyfall, värmeböljor och stigande vattennivåer.',
          en: 'New buildings are sited and designed to withstand a changing climate, for example cloudbursts, heatwaves and rising water levels.',
        },
        {
          sv: 'Grönska, vatten och andra ekosystemtjänster tas till vara och utvecklas när Haninge växer, och områden som är viktiga för den biologiska mångfalden skadas inte.',
          en: 'Greenery, water and other ecosystem services are safeguarded and developed as Haninge grows, and areas that matter for biodiversity are not harmed.',
        },
      ],
      milestoneGoals: [
        {
          code: '2.1',
          text: {
            sv: 'Energianvändningen i kommunens lokaler och bostäder är 20 procent effektivare än 2009.',
            en: "Energy use in the municipality's premises and housing is 20 per cent more efficient than in 2009.",
          },
          targetYear: 2020,
          responsible: ['tornberget', 'haninge-bostader', 'kommunstyrelseforvaltningen'],
          indicators: ['energy-use-premises-housing'],
          followUps: {
            2018: {
              status: 'on_track',
              commentary: {
                sv: 'Energianvändningen i kommunens lokaler och bostäder har minskat med 16 procent sedan 2009.',
                en: "Energy use in the municipality's premises and housing has fallen by 16 per cent since 2009.",
              },
            },
            2019: {
              status: 'on_track',
              commentary: {
                sv: 'Energianvändningen är 19 procent lägre än 2009 efter fortsatt energieffektivisering hos Tornberget och Haninge Bostäder.',
                en: 'Energy use is 19 per cent lower than in 2009 after continued energy-efficiency work at Tornberget and Haninge Bostäder.',
              },
            },
            2020: {
              status: 'achieved',
              commentary: {
                sv: 'Målet är nått: energianvändningen i kommunens lokaler och bostäder är nu mer än 20 procent lägre än 2009.',
                en: "The goal has been reached: energy use in the municipality's premises and housing is now more than 20 per cent lower than in 2009.",
              },
            },
          },
        },
        {
          code: '2.2',
          text: {
            sv: 'Energianvändningen i kommunens lokaler och bostäder är 20 procent effektivare än 2020.',
            en: "Energy use in the municipality's premises and housing is 20 per cent more efficient than in 2020.",
          },
          targetYear: 2030,
          responsible: ['tornberget', 'haninge-bostader'],
          indicators: ['energy-use-premises-housing', 'solar-power-production'],
          followUps: {
            2018: {
              status: 'not_assessed',
              commentary: {
                sv: 'Målet utgår från energianvändningen år 2020 och kan inte bedömas förrän utgångsläget är känt.',
                en: 'The goal is measured against energy use in 2020 and cannot be assessed until that baseline is known.',
              },
            },
            2019: {
              status: 'not_assessed',
              commentary: {
                sv: 'Basåret 2020 har ännu inte passerat, så målet bedöms inte i årets uppföljning. Bolagen planerar redan för fortsatt effektivisering.',
                en: "The baseline year 2020 has not yet passed, so the goal is not assessed in this year's follow-up. The companies are already planning further efficiency measures.",
              },
            },
            2020: {
              status: 'on_track',
              commentary: {
                sv: 'Tornberget och Haninge Bostäder arbetar med energiplaner och mer solel som bygger vidare på resultaten hittills. Utgångsläget för målet fastställs när siffrorna för 2020 är klara.',
                en: 'Tornberget and Haninge Bostäder are working on energy plans and more solar power that build on the results so far. The baseline for the goal will be set once the 2020 figures are available.',
              },
            },
          },
        },
        {
          code: '2.3',
          text: {
            sv: 'Exploatering sker utan negativ påverkan på områden som är viktiga för den biologiska mångfalden.',
            en: 'Development takes place without negative effects on areas that matter for biodiversity.',
          },
          targetYear: 2018,
          responsible: ['samhallsbyggnadsforvaltningen'],
          indicators: ['plans-negative-biodiversity-effect'],
          followUps: {
            2018: {
              status: 'achieved',
              commentary: {
                sv: 'Ingen av de detaljplaner som antogs under året bedömdes påverka områden som är viktiga för den biologiska mångfalden negativt. Målet är nått.',
                en: 'None of the detailed development plans adopted during the year was judged to have a negative effect on areas that matter for biodiversity. The goal has been reached.',
              },
            },
            2019: {
              status: 'achieved',
              commentary: {
                sv: 'Målet är fortsatt uppfyllt. Inga antagna detaljplaner hade negativ påverkan på sådana områden.',
                en: 'The goal is still met. No adopted detailed development plan had a negative effect on such areas.',
              },
            },
            2020: {
              status: 'achieved',
              commentary: {
                sv: 'Målet är fortsatt uppfyllt, och hänsyn till biologisk mångfald är en fast del av planprocessen.',
                en: 'The goal is still met, and consideration for biodiversity is a standing part of the planning process.',
              },
            },
          },
        },
      ],
    },
    {
      slug: 'rent-vatten-och-naturens-mangfald',
      kind: 'focus_area',
      order: 3,
      title: { sv: 'Rent vatten och naturens mångfald', en: 'Clean water and the diversity of nature' },
      goal: {
        sv: 'Naturvärden, biologisk mångfald och ekologiska spridningssamband skyddas och utvecklas, och alla vatten når god status.',
        en: 'Natural values, biodiversity and ecological dispersal links are protected and developed, and all waters reach good status.',
      },
      clarifications: [
        {
          sv: 'Sjöar, vattendrag, kustvatten och grundvatten har god status, och tillförseln av näringsämnen och miljögifter minskar.',
          en: 'Lakes, watercourses, coastal waters and groundwater have good status, and inputs of nutrients and pollutants are decreasing.',
        },
        {
          sv: 'Värdefulla naturområden har ett långsiktigt skydd och sköts så att arter och livsmiljöer kan finnas kvar.',
          en: 'Valuable natural areas have long-term protection and are managed so that species and habitats can survive.',
        },
        {
          sv: 'Gröna och blå samband hänger ihop, så att växter och djur kan sprida sig i landskapet.',
          en: 'Green and blue links are connected, so that plants and animals can spread through the landscape.',
        },
        {
          sv: 'Beslut om mark och vatten bygger på god kunskap om naturvärden och ekosystemtjänster.',
          en: 'Decisions on land and water are based on sound knowledge of natural values and ecosystem services.',
        },
      ],
      milestoneGoals: [
        {
          code: '3.1',
          text: {
            sv: 'Det finns lokala åtgärdsplaner för alla vattenförekomster i Haninge som inte når god status.',
            en: 'There are local action plans for all water bodies in Haninge that do not reach good status.',
          },
          targetYear: 2021,
          responsible: ['samhallsbyggnadsforvaltningen'],
          indicators: ['water-action-plans-share'],
          followUps: {
            2018: {
              status: 'on_track',
              commentary: {
                sv: 'Arbetet med lokala åtgärdsplaner har kommit i gång, och det finns planer för en fjärdedel av de vattenförekomster som inte når god status.',
                en: 'Work on local action plans has started, and plans exist for a quarter of the water bodies that do not reach good status.',
              },
            },
            2019: {
              status: 'at_risk',
              commentary: {
                sv: 'Arbetet har gått långsammare än planerat, och andelen har bara ökat till 30 procent. Mer resurser behövs för att nå målet till 2021.',
                en: 'Work has been slower than planned, and the share has only risen to 30 per cent. More resources are needed to reach the goal by 2021.',
              },
            },
            2020: {
              status: 'on_track',
              commentary: {
                sv: 'Flera utredningar om vattnens tillstånd har levererats och ger underlag till åtgärdsplanerna. Andelen vattenförekomster med åtgärdsplan har ökat till 55 procent.',
                en: 'Several studies of the state of the waters have been delivered and provide a basis for the action plans. The share of water bodies with an action plan has risen to 55 per cent.',
              },
            },
          },
        },
        {
          code: '3.2',
          text: {
            sv: 'Alla sjöar, vattendrag och kustvatten i Haninge har minst god ekologisk status.',
            en: 'All lakes, watercourses and coastal waters in Haninge have at least good ecological status.',
          },
          targetYear: 2027,
          responsible: ['samhallsbyggnadsforvaltningen'],
          indicators: ['water-bodies-good-status'],
          followUps: {
            2018: {
              status: 'at_risk',
              commentary: {
                sv: 'Bara en mindre del av Haninges vatten har god ekologisk status, främst på grund av övergödning. Att nå målet kräver ett långsiktigt arbete.',
                en: "Only a small part of Haninge's waters has good ecological status, mainly because of eutrophication. Reaching the goal requires long-term work.",
              },
            },
            2019: {
              status: 'at_risk',
              commentary: {
                sv: 'Statusen är i stort sett oförändrad. Åtgärderna mot övergödning från avlopp, dagvatten och jordbruk behöver öka.',
                en: 'The status is largely unchanged. Measures against eutrophication from sewage, stormwater and farming need to increase.',
              },
            },
            2020: {
              status: 'at_risk',
              commentary: {
                sv: 'Andelen vatten med god ekologisk status har ökat något, till 24 procent. Utredningar som har startats ger underlag för kommande åtgärder, men målet är svårt att nå till 2027.',
                en: 'The share of waters with good ecological status has risen slightly, to 24 per cent. Studies that have been started provide a basis for future measures, but the goal will be hard to reach by 2027.',
              },
            },
          },
        },
        {
          code: '3.3',
          text: {
            sv: 'Andelen skyddad natur har ökat till 16 procent av kommunens landareal.',
            en: "The share of protected nature has increased to 16 per cent of the municipality's land area.",
          },
          targetYear: 2022,
          responsible: ['samhallsbyggnadsforvaltningen', 'kultur-och-fritidsforvaltningen'],
          indicators: ['protected-nature-share'],
          followUps: {
            2018: {
              status: 'on_track',
              commentary: {
                sv: 'Ett nytt naturreservat har bildats, och andelen skyddad natur är nu 15,1 procent av landarealen.',
                en: 'A new nature reserve has been established, and protected nature now makes up 15.1 per cent of the land area.',
              },
            },
            2019: {
              status: 'on_track',
              commentary: {
                sv: 'Andelen skyddad natur är oförändrad sedan förra året, men arbetet med att bilda fler naturreservat pågår.',
                en: 'The share of protected nature is unchanged since last year, but work on establishing further nature reserves is under way.',
              },
            },
            2020: {
              status: 'on_track',
              commentary: {
                sv: 'Andelen skyddad natur har ökat till 15,6 procent, och fler områden utreds för skydd.',
                en: 'The share of protected nature has risen to 15.6 per cent, and further areas are being studied for protection.',
              },
            },
          },
        },
        {
          code: '3.4',
          text: {
            sv: 'De ekologiska spridningssambanden i Haninge är kartlagda och kan användas i planeringen.',
            en: 'The ecological dispersal links in Haninge are mapped and can be used in planning.',
          },
          targetYear: 2018,
          responsible: ['samhallsbyggnadsforvaltningen'],
          indicators: ['dispersal-link-mapping-progress'],
          followUps: {
            2018: {
              status: 'not_achieved',
              commentary: {
                sv: 'Kartläggningen av spridningssambanden blev inte klar under 2018. Omkring 40 procent av kommunens yta är kartlagd.',
                en: "The mapping of dispersal links was not completed in 2018. About 40 per cent of the municipality's area has been mapped.",
              },
            },
            2019: {
              status: 'not_achieved',
              commentary: {
                sv: 'Kartläggningen har fortsatt och omfattar tre fjärdedelar av kommunens yta, men den är ännu inte slutförd.',
                en: "The mapping has continued and covers three quarters of the municipality's area, but it is not yet complete.",
              },
            },
            2020: {
              status: 'achieved',
              commentary: {
                sv: 'Kartläggningen av de ekologiska spridningssambanden är klar och levererad, om än senare än planerat. Den blir ett underlag i översikts- och detaljplaneringen.',
                en: 'The mapping of ecological dispersal links has been completed and delivered, albeit later than planned. It will serve as a basis for comprehensive and detailed planning.',
              },
            },
          },
        },
        {
          code: '3.5',
          text: {
            sv: 'Ekosystemtjänster analyseras och tas till vara i alla nya detaljplaner.',
            en: 'Ecosystem services are analysed and safeguarded in all new detailed development plans.',
          },
          targetYear: 2025,
          responsible: ['samhallsbyggnadsforvaltningen'],
          indicators: ['plans-with-ecosystem-service-analysis'],
          followUps: {
            2018: {
              status: 'on_track',
              commentary: {
                sv: 'Ekosystemtjänster har analyserats i var femte ny detaljplan, och en gemensam metod för analyserna håller på att tas fram.',
                en: 'Ecosystem services have been analysed in one in five new detailed development plans, and a common method for the analyses is being developed.',
              },
            },
            2019: {
              status: 'on_track',
              commentary: {
                sv: 'Andelen detaljplaner med en analys av ekosystemtjänster har ökat till 40 procent.',
                en: 'The share of detailed development plans with an analysis of ecosystem services has risen to 40 per cent.',
              },
            },
            2020: {
              status: 'on_track',
              commentary: {
                sv: 'Andelen har ökat till 55 procent, och arbetssättet används i allt fler planer.',
                en: 'The share has risen to 55 per cent, and the approach is being used in more and more plans.',
              },
            },
          },
        },
        {
          code: '3.6',
          text: {
            sv: 'Naturvärdesinventeringar är genomförda i kommunens 20 prioriterade natur- och vattenområden.',
            en: "Nature value inventories have been carried out in the municipality's 20 priority nature and water areas.",
          },
          targetYear: 2022,
          responsible: ['samhallsbyggnadsforvaltningen', 'kultur-och-fritidsforvaltningen'],
          indicators: ['nature-value-inventories'],
          followUps: {
            2018: {
              status: 'on_track',
              commentary: {
                sv: 'Åtta av de 20 prioriterade områdena har inventerats.',
                en: 'Eight of the 20 priority areas have been surveyed.',
              },
            },
            2019: {
              status: 'on_track',
              commentary: {
                sv: 'Elva områden har inventerats, och fler inventeringar är beställda.',
                en: 'Eleven areas have been surveyed, and further inventories have been commissioned.',
              },
            },
            2020: {
              status: 'not_assessed',
              commentary: {
                sv: 'Flera inventeringar har startats men var inte levererade när uppföljningen gjordes, så målet bedöms inte i år.',
                en: 'Several inventories have been started but had not been delivered at the time of the follow-up, so the goal is not assessed this year.',
              },
            },
          },
        },
      ],
    },
    {
      slug: 'hallbar-konsumtion-och-resurseffektiva-kretslopp',
      kind: 'focus_area',
      order: 4,
      title: {
        sv: 'Hållbar konsumtion och resurseffektiva kretslopp',
        en: 'Sustainable consumption and resource-efficient cycles',
      },
      goal: {
        sv: 'Kommunens konsumtion bidrar till en hållbar utveckling, en minskad resursanvändning och en cirkulär ekonomi. Kommunen är klimatneutral senast 2030.',
        en: "The municipality's consumption contributes to sustainable development, lower resource use and a circular economy. The municipality is climate-neutral by 2030.",
      },
      clarifications: [
        {
          sv: 'Kommunens inköp och upphandlingar ställer krav som minskar klimat- och miljöpåverkan.',
          en: "The municipality's purchases and procurements set requirements that reduce climate and environmental impact.",
        },
        {
          sv: 'Måltiderna i kommunens verksamheter har låg klimatpåverkan, med mer vegetabilier och mindre kött, och matsvinnet är litet.',
          en: "Meals in the municipality's services have a low climate impact, with more plant-based food and less meat, and little food is wasted.",
        },
        {
          sv: 'Mängden avfall minskar, och det avfall som ändå uppstår återanvänds eller materialåtervinns i första hand.',
          en: 'The amount of waste decreases, and the waste that does arise is primarily reused or recycled.',
        },
      ],
      milestoneGoals: [
        {
          code: '4.1',
          text: {
            sv: 'Klimatpåverkan från kommunens livsmedelsinköp har minskat med 20 procent per kilo livsmedel jämfört med 2016.',
            en: "The climate impact of the municipality's food purchases has fallen by 20 per cent per kilo of food compared with 2016.",
          },
          targetYear: 2022,
          responsible: [
            'grundskoleforvaltningen',
            'gymnasie-och-vuxenutbildningsforvaltningen',
            'aldreforvaltningen',
            'socialforvaltningen',
            'kommunstyrelseforvaltningen',
          ],
          indicators: ['food-purchase-climate-impact'],
          followUps: {
            2018: {
              status: 'at_risk',
              commentary: {
                sv: 'Klimatpåverkan per kilo inköpta livsmedel minskar, men långsamt: den är 2,5 procent lägre än 2016.',
                en: 'The climate impact per kilo of food purchased is falling, but slowly: it is 2.5 per cent lower than in 2016.',
              },
            },
            2019: {
              status: 'on_track',
              commentary: {
                sv: 'Klimatpåverkan per kilo livsmedel är 7 procent lägre än 2016, tack vare fler vegetariska måltider och medvetnare val av råvaror.',
                en: 'The climate impact per kilo of food is 7 per cent lower than in 2016, thanks to more vegetarian meals and more deliberate choices of ingredients.',
              },
            },
            2020: {
              status: 'on_track',
              commentary: {
                sv: 'Ett brett arbete pågår i förskolor, skolor och äldreomsorg för att minska måltidernas klimat- och miljöpåverkan. Klimatpåverkan per kilo livsmedel är nu 11 procent lägre än 2016.',
                en: 'Broad work is under way in preschools, schools and elderly care to reduce the climate and environmental impact of meals. The climate impact per kilo of food is now 11 per cent lower than in 2016.',
              },
            },
          },
        },
        {
          code: '4.2',
          text: {
            sv: 'Kommunens inköp av kött har minskat med 15 procent jämfört med 2016.',
            en: "The municipality's meat purchases have fallen by 15 per cent compared with 2016.",
          },
          targetYear: 2018,
          responsible: [
            'grundskoleforvaltningen',
            'gymnasie-och-vuxenutbildningsforvaltningen',
            'aldreforvaltningen',
            'socialforvaltningen',
          ],
          indicators: ['meat-purchases-change-vs-2016'],
          followUps: {
            2018: {
              status: 'not_achieved',
              commentary: {
                sv: 'Köttinköpen har minskat med 8 procent sedan 2016, vilket inte räcker för att nå målet på 15 procent.',
                en: 'Meat purchases have fallen by 8 per cent since 2016, which is not enough to reach the 15 per cent goal.',
              },
            },
            2019: {
              status: 'not_achieved',
              commentary: {
                sv: 'Köttinköpen har minskat med 12 procent sedan 2016. Målet är ännu inte nått.',
                en: 'Meat purchases have fallen by 12 per cent since 2016. The goal has not yet been reached.',
              },
            },
            2020: {
              status: 'achieved',
              commentary: {
                sv: 'Köttinköpen är nu 16 procent lägre än 2016, och målet är nått, om än senare än planerat.',
                en: 'Meat purchases are now 16 per cent lower than in 2016, and the goal has been reached, albeit later than planned.',
              },
            },
          },
        },
        {
          code: '4.3',
          text: {
            sv: 'Matsvinnet i kommunens kök och matsalar har minskat till högst 45 gram per serverad portion.',
            en: "Food waste in the municipality's kitchens and dining rooms has fallen to no more than 45 grams per portion served.",
          },
          targetYear: 2018,
          responsible: ['grundskoleforvaltningen', 'gymnasie-och-vuxenutbildningsforvaltningen', 'aldreforvaltningen'],
          indicators: ['food-waste-per-portion'],
          followUps: {
            2018: {
              status: 'not_achieved',
              commentary: {
                sv: 'Matsvinnet var 53 gram per portion, vilket är mer än målet på högst 45 gram.',
                en: 'Food waste was 53 grams per portion, which is more than the goal of no more than 45 grams.',
              },
            },
            2019: {
              status: 'not_achieved',
              commentary: {
                sv: 'Matsvinnet har minskat till 51 gram per portion, men målet är inte nått. Fler kök mäter nu svinnet regelbundet.',
                en: 'Food waste has fallen to 51 grams per portion, but the goal has not been reached. More kitchens now measure waste regularly.',
              },
            },
            2020: {
              status: 'not_achieved',
              commentary: {
                sv: 'Matsvinnet är 50 gram per portion. Minskningen har nästan avstannat, och målet är inte nått.',
                en: 'Food waste is 50 grams per portion. The decrease has almost stopped, and the goal has not been reached.',
              },
            },
          },
        },
        {
          code: '4.4',
          text: {
            sv: 'Minst 50 procent av hushållens matavfall samlas in separat och behandlas biologiskt.',
            en: 'At least 50 per cent of household food waste is collected separately and treated biologically.',
          },
          targetYear: 2021,
          responsible: ['samhallsbyggnadsforvaltningen', 'haninge-bostader', 'tornberget'],
          indicators: ['food-waste-biological-treatment-share'],
          followUps: {
            2018: {
              status: 'at_risk',
              commentary: {
                sv: 'Andelen matavfall som samlas in separat har ökat till 34 procent, men ökningen går för långsamt för att nå målet.',
                en: 'The share of food waste collected separately has risen to 34 per cent, but the increase is too slow to reach the goal.',
              },
            },
            2019: {
              status: 'at_risk',
              commentary: {
                sv: 'Andelen har ökat till 36 procent. Insamling av matavfall behöver införas i fler flerbostadshus.',
                en: 'The share has risen to 36 per cent. Food waste collection needs to be introduced in more blocks of flats.',
              },
            },
            2020: {
              status: 'at_risk',
              commentary: {
                sv: 'Andelen är 38 procent, och målet på 50 procent ser svårt ut att nå till 2021.',
                en: 'The share is 38 per cent, and the 50 per cent goal looks hard to reach by 2021.',
              },
            },
          },
        },
        {
          code: '4.5',
          text: {
            sv: 'Mängden hushållsavfall per invånare har minskat med 10 procent jämfört med 2015.',
            en: 'The amount of household waste per inhabitant has fallen by 10 per cent compared with 2015.',
          },
          targetYear: 2025,
          responsible: ['samhallsbyggnadsforvaltningen', 'haninge-bostader'],
          indicators: ['household-waste-per-capita'],
          followUps: {
            2018: {
              status: 'at_risk',
              commentary: {
                sv: 'Mängden hushållsavfall per invånare har knappt förändrats sedan 2015 och var 447 kilo.',
                en: 'The amount of household waste per inhabitant has barely changed since 2015 and was 447 kilos.',
              },
            },
            2019: {
              status: 'on_track',
              commentary: {
                sv: 'Mängden hushållsavfall minskade till 441 kilo per invånare, och trenden pekar nu nedåt.',
                en: 'The amount of household waste fell to 441 kilos per inhabitant, and the trend is now downwards.',
              },
            },
            2020: {
              status: 'at_risk',
              commentary: {
                sv: 'Den senaste mätningen visar att mängden hushållsavfall har ökat igen, till 452 kilo per invånare. Målet ser svårt ut att nå.',
                en: 'The latest measurement shows that the amount of household waste has risen again, to 452 kilos per inhabitant. The goal looks hard to reach.',
              },
            },
          },
        },
        {
          code: '4.6',
          text: {
            sv: 'Kommunen är klimatneutral, och utsläppen av växthusgaser från kommunens egen verksamhet minskar varje år fram till dess.',
            en: "The municipality is climate-neutral, and greenhouse gas emissions from the municipality's own operations fall every year until then.",
          },
          targetYear: 2030,
          responsible: ['kommunstyrelseforvaltningen', 'samhallsbyggnadsforvaltningen', 'tornberget', 'haninge-bostader'],
          indicators: ['ghg-emissions-vs-1990', 'municipal-organisation-ghg-emissions'],
          followUps: {
            2018: {
              status: 'on_track',
              commentary: {
                sv: 'Utsläppen från kommunens egen verksamhet minskar, och utsläppen i Haninge är 32 procent lägre än 1990.',
                en: "Emissions from the municipality's own operations are falling, and emissions in Haninge are 32 per cent lower than in 1990.",
              },
            },
            2019: {
              status: 'at_risk',
              commentary: {
                sv: 'Utsläppen minskar, men inte i den takt som krävs för klimatneutralitet 2030. Utsläppen i Haninge är 34 procent lägre än 1990, medan målet för 2020 är 40 procent.',
                en: 'Emissions are falling, but not at the pace needed for climate neutrality by 2030. Emissions in Haninge are 34 per cent lower than in 1990, against a goal of 40 per cent for 2020.',
              },
            },
            2020: {
              status: 'at_risk',
              commentary: {
                sv: 'Trots minskade utsläpp från kommunens verksamhet ser målet om klimatneutralitet 2030 svårt ut att nå i nuvarande takt. Utsläppen i Haninge är 36 procent lägre än 1990, och målet om 40 procent för 2020 ser inte ut att nås.',
                en: "Despite lower emissions from the municipality's operations, the goal of climate neutrality by 2030 looks hard to reach at the current pace. Emissions in Haninge are 36 per cent lower than in 1990, and the 40 per cent goal for 2020 does not look likely to be met.",
              },
            },
          },
        },
        {
          code: '4.7',
          text: {
            sv: 'Klimat- och miljökrav ställs i alla upphandlingar där det är relevant.',
            en: 'Climate and environmental requirements are set in all procurements where relevant.',
          },
          targetYear: 2018,
          responsible: ['kommunstyrelseforvaltningen', 'tornberget', 'haninge-bostader'],
          indicators: ['procurements-with-climate-requirements'],
          followUps: {
            2018: {
              status: 'not_achieved',
              commentary: {
                sv: 'Klimat- och miljökrav ställdes i 74 procent av de upphandlingar där det var relevant. Målet är inte nått.',
                en: 'Climate and environmental requirements were set in 74 per cent of the procurements where relevant. The goal has not been reached.',
              },
            },
            2019: {
              status: 'not_achieved',
              commentary: {
                sv: 'Andelen har ökat till 81 procent. Upphandlarna har fått stöd och mallar för att ställa miljökrav.',
                en: 'The share has risen to 81 per cent. Procurement officers have been given support and templates for setting environmental requirements.',
              },
            },
            2020: {
              status: 'not_achieved',
              commentary: {
                sv: 'Andelen är 86 procent. Målet om krav i alla relevanta upphandlingar är fortfarande inte nått.',
                en: 'The share is 86 per cent. The goal of requirements in all relevant procurements has still not been reached.',
              },
            },
          },
        },
      ],
    },
    {
      slug: 'kommunikation-och-samverkan',
      kind: 'chapter',
      order: 5,
      title: { sv: 'Kommunikation och samverkan', en: 'Communication and cooperation' },
      goal: {
        sv: 'Alla som bor och verkar i Haninge kan göra klimat- och miljösmarta val som bidrar till en hållbar utveckling.',
        en: 'Everyone who lives and works in Haninge can make climate- and environment-smart choices that contribute to sustainable development.',
      },
      clarifications: [
        {
          sv: 'Kommunen informerar tydligt och lättillgängligt om klimat- och miljöfrågor och om vad var och en kan göra.',
          en: 'The municipality provides clear and accessible information on climate and environmental issues and on what everyone can do.',
        },
        {
          sv: 'Kommunen samverkar med invånare, föreningar, näringsliv och andra aktörer för att driva klimat- och miljöarbetet framåt.',
          en: 'The municipality cooperates with residents, associations, businesses and other actors to take climate and environmental work forward.',
        },
        {
          sv: 'Kommunens medarbetare känner till programmet och vet hur de kan bidra till målen i sitt arbete.',
          en: "The municipality's employees know the programme and how they can contribute to its goals in their work.",
        },
      ],
      milestoneGoals: [
        {
          code: '5.1',
          text: {
            sv: 'Alla medarbetare i kommunen har erbjudits en grundutbildning i klimat- och miljöfrågor.',
            en: 'All municipal employees have been offered basic training in climate and environmental issues.',
          },
          targetYear: 2018,
          responsible: [
            'kommunstyrelseforvaltningen',
            'samhallsbyggnadsforvaltningen',
            'kultur-och-fritidsforvaltningen',
            'grundskoleforvaltningen',
            'gymnasie-och-vuxenutbildningsforvaltningen',
            'socialforvaltningen',
            'aldreforvaltningen',
            'tornberget',
            'haninge-bostader',
          ],
          indicators: ['staff-climate-training-share'],
          followUps: {
            2018: {
              status: 'not_achieved',
              commentary: {
                sv: 'Omkring 30 procent av medarbetarna har erbjudits utbildning i klimat- och miljöfrågor. Målet är inte nått.',
                en: 'About 30 per cent of employees have been offered training in climate and environmental issues. The goal has not been reached.',
              },
            },
            2019: {
              status: 'not_achieved',
              commentary: {
                sv: 'Andelen har ökat till 44 procent, och en webbutbildning för alla medarbetare tas fram.',
                en: 'The share has risen to 44 per cent, and an online course for all employees is being developed.',
              },
            },
            2020: {
              status: 'not_achieved',
              commentary: {
                sv: 'Drygt hälften av medarbetarna har nu erbjudits utbildning. Målet är inte nått.',
                en: 'Just over half of the employees have now been offered training. The goal has not been reached.',
              },
            },
          },
        },
        {
          code: '5.2',
          text: {
            sv: 'En förvaltningsövergripande klimat- och miljögrupp med representanter för alla förvaltningar och de kommunala bolagen samordnar uppföljningen och genomförandet av programmet.',
            en: 'A cross-administration climate and environment group with representatives of all administrations and the municipal companies coordinates the follow-up and implementation of the programme.',
          },
          targetYear: 2019,
          responsible: ['kommunstyrelseforvaltningen'],
          indicators: ['climate-group-represented-organisations'],
          followUps: {
            2018: {
              status: 'on_track',
              commentary: {
                sv: 'Formerna för en förvaltningsövergripande grupp har utretts, och gruppen planeras starta under 2019.',
                en: 'The form of a cross-administration group has been worked out, and the group is planned to start in 2019.',
              },
            },
            2019: {
              status: 'achieved',
              commentary: {
                sv: 'Klimat- och miljögruppen startade hösten 2019 med representanter för alla förvaltningar samt Tornberget och Haninge Bostäder. Målet är nått.',
                en: 'The climate and environment group started in autumn 2019 with representatives of all administrations as well as Tornberget and Haninge Bostäder. The goal has been reached.',
              },
            },
            2020: {
              status: 'achieved',
              commentary: {
                sv: 'Klimat- och miljögruppen samordnar uppföljningen och genomförandet av programmet. Målet är fortsatt uppfyllt.',
                en: 'The climate and environment group coordinates the follow-up and implementation of the programme. The goal is still met.',
              },
            },
          },
        },
        {
          code: '5.3',
          text: {
            sv: 'Varje år hålls seminarier för förvaltningar och bolag: på våren om uppföljningen och på hösten om genomförandet av programmet.',
            en: 'Every year seminars are held for administrations and companies: in spring on the follow-up and in autumn on the implementation of the programme.',
          },
          targetYear: 2021,
          responsible: ['kommunstyrelseforvaltningen'],
          indicators: ['climate-seminars-held'],
          followUps: {
            2018: {
              status: 'on_track',
              commentary: {
                sv: 'Två seminarier hölls: ett om uppföljningen på våren och ett om genomförandet på hösten.',
                en: 'Two seminars were held: one on the follow-up in spring and one on implementation in autumn.',
              },
            },
            2019: {
              status: 'on_track',
              commentary: {
                sv: 'Vår- och höstseminarierna genomfördes enligt plan.',
                en: 'The spring and autumn seminars were held as planned.',
              },
            },
            2020: {
              status: 'at_risk',
              commentary: {
                sv: 'Vårens seminarium om uppföljningen ställdes in, och innehållet publicerades i stället som en nyhet. Formerna för kommande seminarier behöver ses över.',
                en: 'The spring seminar on the follow-up was cancelled, and its content was published as a news item instead. The format of future seminars needs to be reviewed.',
              },
            },
          },
        },
        {
          code: '5.4',
          text: {
            sv: 'Minst 100 företag i Haninge deltar tillsammans med kommunen i ett lokalt nätverk för klimat- och miljöarbete.',
            en: 'At least 100 businesses in Haninge take part, together with the municipality, in a local network for climate and environmental work.',
          },
          targetYear: 2025,
          responsible: ['kommunstyrelseforvaltningen'],
          indicators: ['businesses-in-climate-network'],
          followUps: {
            2018: {
              status: 'on_track',
              commentary: {
                sv: '24 företag deltar i nätverket, nio fler än när det startade 2017.',
                en: '24 businesses take part in the network, nine more than when it started in 2017.',
              },
            },
            2019: {
              status: 'on_track',
              commentary: {
                sv: 'Nätverket har vuxit till 33 företag, och flera gemensamma aktiviteter har genomförts.',
                en: 'The network has grown to 33 businesses, and several joint activities have been held.',
              },
            },
            2020: {
              status: 'at_risk',
              commentary: {
                sv: 'Tillväxten har nästan avstannat, och nätverket har 35 medlemmar. Ökningstakten behöver bli betydligt högre för att nå 100 företag 2025.',
                en: 'Growth has almost stopped, and the network has 35 members. The rate of increase must be much higher to reach 100 businesses by 2025.',
              },
            },
          },
        },
        {
          code: '5.5',
          text: {
            sv: 'Andelen invånare som anser att de har goda möjligheter att göra klimat- och miljösmarta val har ökat till 70 procent.',
            en: 'The share of residents who consider that they have good opportunities to make climate- and environment-smart choices has increased to 70 per cent.',
          },
          targetYear: 2022,
          responsible: ['kommunstyrelseforvaltningen', 'samhallsbyggnadsforvaltningen', 'kultur-och-fritidsforvaltningen'],
          indicators: ['residents-sustainable-choices-share', 'energy-and-climate-advice-contacts'],
          followUps: {
            2018: {
              status: 'on_track',
              commentary: {
                sv: '57 procent av invånarna anser att de har goda möjligheter att göra klimat- och miljösmarta val.',
                en: '57 per cent of residents consider that they have good opportunities to make climate- and environment-smart choices.',
              },
            },
            2019: {
              status: 'on_track',
              commentary: {
                sv: 'Andelen har ökat till 59 procent, och energi- och klimatrådgivningen har fått fler kontakter.',
                en: 'The share has risen to 59 per cent, and the energy and climate advisory service has had more contacts.',
              },
            },
            2020: {
              status: 'on_track',
              commentary: {
                sv: 'Andelen har ökat till 61 procent, och utvecklingen går åt rätt håll.',
                en: 'The share has risen to 61 per cent, and the trend is in the right direction.',
              },
            },
          },
        },
      ],
    },
  ],
}
