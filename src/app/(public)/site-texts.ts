import type { Lang } from './lang'

/** What the site's frame (header, menu, search box, footer) says in each language. */
export const SITE_TEXTS = {
  sv: {
    siteName: 'KMPP uppföljning',
    owner: 'Haninge kommun',
    description: 'Uppföljning av Haninge kommuns klimat- och miljöpolitiska program: etappmål, indikatorer och nyheter.',
    skipLink: 'Hoppa till innehållet',
    menu: 'Huvudmeny',
    home: 'Start',
    news: 'Nyheter',
    searchLabel: 'Sök på webbplatsen',
    searchButton: 'Sök',
    about: 'Haninge kommun följer varje år upp Klimat- och miljöpolitiskt program (KMPP).',
    feed: 'Prenumerera på nyheterna (Atom-flöde)',
    feedTitle: 'Nyheter',
    accessibility: 'Tillgänglighet',
    switchLabel: 'På svenska',
    notFoundTitle: 'Sidan finns inte',
  },
  en: {
    siteName: 'KMPP follow-up',
    owner: 'Haninge municipality',
    description: "Follow-up of Haninge municipality's climate and environmental policy programme: milestone goals, indicators and news.",
    skipLink: 'Skip to content',
    menu: 'Main menu',
    home: 'Home',
    news: 'News',
    searchLabel: 'Search the website',
    searchButton: 'Search',
    about: 'Haninge municipality follows up its climate and environmental policy programme (KMPP) every year.',
    feed: 'Subscribe to the news (Atom feed, in Swedish)',
    feedTitle: 'News (in Swedish)',
    accessibility: 'Accessibility',
    switchLabel: 'In English',
    notFoundTitle: 'Page not found',
  },
} as const satisfies Record<Lang, Record<string, string>>
