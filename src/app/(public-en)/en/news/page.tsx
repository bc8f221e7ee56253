import { NewsListPage, type NewsListPageProps, newsListMetadata } from '@/src/app/(public)/nyheter/NewsListPage'

export const generateMetadata = (props: NewsListPageProps) => newsListMetadata(props, 'en')

export default function EnglishNewsListPage(props: NewsListPageProps) {
  return <NewsListPage {...props} lang="en" />
}
