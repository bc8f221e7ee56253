import {
  OrganisationPage,
  type OrganisationPageProps,
  organisationMetadata,
} from '@/src/app/(public)/organisationer/[slug]/OrganisationPage'

export const generateMetadata = (props: OrganisationPageProps) => organisationMetadata(props, 'en')

export default function EnglishOrganisationPage(props: OrganisationPageProps) {
  return <OrganisationPage {...props} lang="en" />
}
