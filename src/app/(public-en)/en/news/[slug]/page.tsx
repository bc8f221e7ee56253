import { NewsItemPage, type NewsItemPageProps, newsItemMetadata } from '@/src/app/(public)/nyheter/[slug]/NewsItemPage'

export const generateMetadata = (props: NewsItemPageProps) => newsItemMetadata(props, 'en')

export default function EnglishNewsItemPage(props: NewsItemPageProps) {
  return <NewsItemPage {...props} lang="en" />
}
