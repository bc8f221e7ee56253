import { NewsItemPage, type NewsItemPageProps, newsItemMetadata } from './NewsItemPage'

export const generateMetadata = (props: NewsItemPageProps) => newsItemMetadata(props, 'sv')

export default function SwedishNewsItemPage(props: NewsItemPageProps) {
  return <NewsItemPage {...props} lang="sv" />
}
