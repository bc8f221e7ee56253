'use client'

import { ErrorMessage } from './ErrorMessage'

export default function ErrorPage({ reset }: { reset: () => void }) {
  return <ErrorMessage lang="sv" reset={reset} />
}
