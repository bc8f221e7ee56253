/** Tells scripts/run-ts.mjs that Payload has started (see there why it asks). */
export function reportLoaded(): void {
  process.send?.('loaded')
}
