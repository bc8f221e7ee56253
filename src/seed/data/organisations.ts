// Values without a source in the facts file are demonstration data.
import type { SeedOrganisation } from './types'

export const organisations: SeedOrganisation[] = [
  {
    slug: 'kommunstyrelseforvaltningen',
    name: { sv: 'Kommunstyrelseförvaltningen', en: 'Municipal Executive Office' },
    kind: 'administration',
  },
  {
    slug: 'samhallsbyggnadsforvaltningen',
    name: { sv: 'Samhällsbyggnadsförvaltningen', en: 'Urban Development Administration' },
    kind: 'administration',
  },
  {
    slug: 'kultur-och-fritidsforvaltningen',
    name: { sv: 'Kultur- och fritidsförvaltningen', en: 'Culture and Leisure Administration' },
    kind: 'administration',
  },
  {
    slug: 'grundskoleforvaltningen',
    name: { sv: 'Grundskoleförvaltningen', en: 'Compulsory School Administration' },
    kind: 'administration',
  },
  {
    slug: 'gymnasie-och-vuxenutbildningsforvaltningen',
    name: {
      sv: 'Gymnasie- och vuxenutbildningsförvaltningen',
      en: 'Upper Secondary and Adult Education Administration',
    },
    kind: 'administration',
  },
  {
    slug: 'socialforvaltningen',
    name: { sv: 'Socialförvaltningen', en: 'Social Services Administration' },
    kind: 'administration',
  },
  {
    slug: 'aldreforvaltningen',
    name: { sv: 'Äldreförvaltningen', en: 'Elderly Care Administration' },
    kind: 'administration',
  },
  {
    slug: 'tornberget',
    name: { sv: 'Tornberget', en: 'Tornberget' },
    kind: 'company',
  },
  {
    slug: 'haninge-bostader',
    name: { sv: 'Haninge Bostäder', en: 'Haninge Bostäder' },
    kind: 'company',
  },
]
