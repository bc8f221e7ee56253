/**
 * drizzle-kit, which Payload's SQL adapters load, gives arrays an enumerable `random` method.
 * Libraries that walk arrays with for...in (rdflib's serialiser) or refuse to load beside an
 * enumerable Array.prototype property (pdf.js) take it for an element. Whatever arrays inherit
 * enumerably is made non-enumerable: still there for whoever calls it, but no index.
 */
export function hideEnumerableArrayExtensions(): void {
  for (const key in []) Object.defineProperty(Array.prototype, key, { enumerable: false })
}
