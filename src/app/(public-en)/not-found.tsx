import { NotFoundPage } from '../(public)/NotFoundPage'

export default function NotFound() {
  return <NotFoundPage lang="en" />
}
