import { HomePage, homeMetadata } from './HomePage'

export const generateMetadata = () => homeMetadata('sv')

export default function SwedishHomePage() {
  return <HomePage lang="sv" />
}
