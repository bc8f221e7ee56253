'use client'

import { ErrorMessage } from '../(public)/ErrorMessage'

export default function ErrorPage({ reset }: { reset: () => void }) {
  return <ErrorMessage lang="en" reset={reset} />
}
