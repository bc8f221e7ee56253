/**
 * Who publishes the catalogue and under what licence, from the environment (.env.example), with
 * Haninge kommun's values by default: its organisation URI as Sweden's data portal forms one from
 * its organisation number (212000-0142), and CC0.
 */
export type CatalogueConfig = {
  publisherName: string
  publisherUri: string
  contactEmail: string
  licenseUri: string
}

export function catalogueConfig(env: Record<string, string | undefined> = process.env): CatalogueConfig {
  return {
    publisherName: env.DCAT_PUBLISHER_NAME || 'Haninge kommun',
    publisherUri: env.DCAT_PUBLISHER_URI || 'http://dataportal.se/organisation/SE2120000142',
    contactEmail: env.DCAT_CONTACT_EMAIL || 'kommunen@haninge.se',
    licenseUri: env.DCAT_LICENSE || 'http://creativecommons.org/publicdomain/zero/1.0/',
  }
}
