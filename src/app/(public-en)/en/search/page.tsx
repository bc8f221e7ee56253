import { SearchPage, type SearchPageProps, searchMetadata } from '@/src/app/(public)/sok/SearchPage'

export const generateMetadata = (props: SearchPageProps) => searchMetadata(props, 'en')

export default function EnglishSearchPage(props: SearchPageProps) {
  return <SearchPage {...props} lang="en" />
}
