import { NewsListPage, type NewsListPageProps, newsListMetadata } from './NewsListPage'

export const generateMetadata = (props: NewsListPageProps) => newsListMetadata(props, 'sv')

export default function SwedishNewsListPage(props: NewsListPageProps) {
  return <NewsListPage {...props} lang="sv" />
}
