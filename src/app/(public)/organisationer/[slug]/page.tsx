import { OrganisationPage, type OrganisationPageProps, organisationMetadata } from './OrganisationPage'

export const generateMetadata = (props: OrganisationPageProps) => organisationMetadata(props, 'sv')

export default function SwedishOrganisationPage(props: OrganisationPageProps) {
  return <OrganisationPage {...props} lang="sv" />
}
