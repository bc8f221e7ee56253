/** Tells scripts/run-ts.mjs that the modules have loaded (see there why it asks). */
export function reportLoaded(): void {
  process.send?.('loaded')
}
