import { HomePage, homeMetadata } from '@/src/app/(public)/HomePage'

export const generateMetadata = () => homeMetadata('en')

export default function EnglishHomePage() {
  return <HomePage lang="en" />
}
