import type { Lang } from '../lang'
import { organisationPath } from '../paths'

/** Administrations and companies by name, each linking to what it answers for. */
export function OrganisationLinks({ organisations, lang = 'sv' }: { organisations: Array<{ slug: string; name: string }>; lang?: Lang }) {
  return organisations.map((organisation, index) => (
    <span key={organisation.slug}>
      {index > 0 && ', '}
      <a href={organisationPath(organisation.slug, lang)}>{organisation.name}</a>
    </span>
  ))
}
