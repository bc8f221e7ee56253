'use client'

import type { Lang } from './lang'

const TEXTS = {
  sv: { heading: 'Något gick fel', text: 'Sidan kunde inte visas just nu. Försök igen om en stund.', retry: 'Försök igen' },
  en: { heading: 'Something went wrong', text: 'The page could not be shown just now. Please try again in a while.', retry: 'Try again' },
}

/** A page that could not be built, e.g. because the API did not answer: said inside the site's layout, in its language. */
export function ErrorMessage({ lang, reset }: { lang: Lang; reset: () => void }) {
  const texts = TEXTS[lang]
  return (
    <>
      <h1>{texts.heading}</h1>
      <p>{texts.text}</p>
      <p>
        <button type="button" onClick={reset}>
          {texts.retry}
        </button>
      </p>
    </>
  )
}
