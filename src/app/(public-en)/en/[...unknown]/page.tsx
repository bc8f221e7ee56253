import { notFound } from 'next/navigation'

/** Addresses under /en that no English page has: not found, said in English (the global 404 is Swedish). */
export default function UnknownEnglishPage() {
  notFound()
}
