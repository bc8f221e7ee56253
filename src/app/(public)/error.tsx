'use client'

/** A page that could not be built, e.g. because the API did not answer: said in Swedish, inside the site's layout. */
export default function ErrorPage({ reset }: { reset: () => void }) {
  return (
    <>
      <h1>Något gick fel</h1>
      <p>Sidan kunde inte visas just nu. Försök igen om en stund.</p>
      <p>
        <button type="button" onClick={reset}>
          Försök igen
        </button>
      </p>
    </>
  )
}
