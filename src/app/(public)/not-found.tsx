import { NotFoundPage } from './NotFoundPage'

export default function NotFound() {
  return <NotFoundPage lang="sv" />
}
