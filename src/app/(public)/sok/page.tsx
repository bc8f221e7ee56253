import { SearchPage, type SearchPageProps, searchMetadata } from './SearchPage'

export const generateMetadata = (props: SearchPageProps) => searchMetadata(props, 'sv')

export default function SwedishSearchPage(props: SearchPageProps) {
  return <SearchPage {...props} lang="sv" />
}
