import { organisationPath } from '../paths'

/** Administrations and companies by name, each linking to what it answers for. */
export function OrganisationLinks({ organisations }: { organisations: Array<{ slug: string; name: string }> }) {
  return organisations.map((organisation, index) => (
    <span key={organisation.slug}>
      {index > 0 && ', '}
      <a href={organisationPath(organisation.slug)}>{organisation.name}</a>
    </span>
  ))
}
