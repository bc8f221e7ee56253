/**
 * The accessibility statement in Swedish and English, in the order of DIGG's model statement
 * (digg.se, "Tillgänglighetsredogörelse"). The compliance and the known shortcomings are this
 * project's own knowledge of the site; the municipality confirms them when it reviews the site.
 */
export type StatementTexts = {
  lang: 'sv' | 'en'
  title: string
  intro: string
  compliance: { heading: string; text: string }
  shortcomings: { heading: string; items: string[] }
  accessibleForm: { heading: string; text: string }
  report: { heading: string; text: string }
  contact: { email: string; phone: string }
  enforcement: { heading: string; text: string; link: string }
  testing: { heading: string; text: string; reviewedOn: (day: string) => string; notReviewed: string }
  updated: { heading: string; updatedOn: (day: string) => string; notUpdated: string }
  otherLanguage: { label: string; lang: 'sv' | 'en' }
}

export const DIGG_COMPLAINT_URL = 'https://www.digg.se/tdosanmalan'

export const STATEMENT_TEXTS: Record<'sv' | 'en', StatementTexts> = {
  sv: {
    lang: 'sv',
    title: 'Tillgänglighet för KMPP uppföljning',
    intro:
      'Haninge kommun står bakom den här webbplatsen, där kommunen följer upp Klimat- och miljöpolitiskt program (KMPP). Vi vill att så många som möjligt ska kunna använda webbplatsen. Här beskriver vi hur webbplatsen uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka tillgänglighetsproblem vi känner till och hur du kan rapportera brister till oss så att vi kan åtgärda dem.',
    compliance: {
      heading: 'Hur tillgänglig är webbplatsen?',
      text: 'Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan. Lagen hänvisar till standarden EN 301 549, som för webbsidor motsvarar WCAG 2.1 på nivå AA.',
    },
    shortcomings: {
      heading: 'Innehåll som inte är tillgängligt',
      items: [
        'Webbplatsen har hittills bara granskats med automatiska tester. Sådana tester hittar inte alla brister, och en manuell granskning, till exempel med skärmläsare, återstår.',
        'Dokument som webbplatsen länkar till, som det antagna programmet och andra PDF-filer, ingår inte i testerna och kan ha brister.',
      ],
    },
    accessibleForm: {
      heading: 'Vad kan du göra om du inte kan använda delar av webbplatsen?',
      text: 'Om du behöver innehåll från webbplatsen i ett annat format, till exempel uppföljningens siffror som text eller ett dokument i tillgänglig form, kan du kontakta oss:',
    },
    report: {
      heading: 'Rapportera brister i webbplatsens tillgänglighet',
      text: 'Vi strävar hela tiden efter att förbättra webbplatsens tillgänglighet. Om du upptäcker problem som inte beskrivs på den här sidan, eller om du anser att vi inte uppfyller lagens krav, kontakta oss så att vi får veta att problemet finns:',
    },
    contact: { email: 'E-post', phone: 'Telefon' },
    enforcement: {
      heading: 'Tillsyn',
      text: 'Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg och påtala det.',
      link: 'Anmäl till Digg',
    },
    testing: {
      heading: 'Hur vi testat webbplatsen',
      text: 'Webbplatsens sidor testas automatiskt med verktyget axe-core mot reglerna för WCAG 2.1 nivå A och AA, i en webbläsare, som en del av webbplatsens automatiska tester.',
      reviewedOn: (day) => `Den senaste bedömningen av webbplatsens tillgänglighet gjordes ${day}.`,
      notReviewed: 'Kommunen har ännu inte angett när webbplatsen senast bedömdes.',
    },
    updated: {
      heading: 'Om redogörelsen',
      updatedOn: (day) => `Redogörelsen uppdaterades senast ${day}.`,
      notUpdated: 'Kommunen har ännu inte angett när redogörelsen upprättades.',
    },
    otherLanguage: { label: 'This statement in English', lang: 'en' },
  },
  en: {
    lang: 'en',
    title: 'Accessibility statement for KMPP uppföljning',
    intro:
      'Haninge municipality is responsible for this website, where the municipality follows up its climate and environmental policy programme (KMPP). We want as many people as possible to be able to use the website. This statement describes how the website complies with the Swedish act on accessibility to digital public service (2018:1937), the accessibility problems we know of, and how you can report shortcomings to us so that we can fix them.',
    compliance: {
      heading: 'How accessible is the website?',
      text: 'The website is partly compliant with the act on accessibility to digital public service, because of the shortcomings described below. The act refers to the standard EN 301 549, which for web pages corresponds to WCAG 2.1 at level AA.',
    },
    shortcomings: {
      heading: 'Content that is not accessible',
      items: [
        'So far the website has been reviewed by automated tests only. Such tests do not find every shortcoming, and a manual review, for example with a screen reader, remains to be done.',
        'Documents the website links to, such as the adopted programme and other PDF files, are not covered by the tests and may have shortcomings.',
      ],
    },
    accessibleForm: {
      heading: 'What can you do if you cannot use parts of the website?',
      text: 'If you need content from the website in another format, for example the follow-up figures as text or a document in an accessible form, please contact us:',
    },
    report: {
      heading: 'Reporting accessibility shortcomings',
      text: 'We keep working to improve the accessibility of the website. If you find problems not described on this page, or think that we do not meet the requirements of the act, please contact us so that we know about the problem:',
    },
    contact: { email: 'E-mail', phone: 'Telephone' },
    enforcement: {
      heading: 'Enforcement',
      text: 'The Agency for Digital Government (Myndigheten för digital förvaltning, Digg) is responsible for supervising the act on accessibility to digital public service. If you are not satisfied with how we handle your comments, you can contact Digg and tell them.',
      link: 'Report to Digg (in Swedish)',
    },
    testing: {
      heading: 'How we tested the website',
      text: "The website's pages are tested automatically with the axe-core tool against the rules of WCAG 2.1 levels A and AA, in a web browser, as part of the website's automated tests.",
      reviewedOn: (day) => `The latest assessment of the website's accessibility was made on ${day}.`,
      notReviewed: 'The municipality has not yet stated when the website was last assessed.',
    },
    updated: {
      heading: 'About this statement',
      updatedOn: (day) => `This statement was last updated on ${day}.`,
      notUpdated: 'The municipality has not yet stated when this statement was made.',
    },
    otherLanguage: { label: 'Redogörelsen på svenska', lang: 'sv' },
  },
}
