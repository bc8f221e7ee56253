/** Where an axis puts its labelled values: round numbers a reader can take in at a glance. */

/** The smallest step of 1, 2, 2.5 or 5 times a power of ten that is at least `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= raw * (1 - 1e-9)) ?? 10
  return step * power
}

/** The multiples of `step` from `low` to `high`, rounded to the step's decimals so that 0.1 + 0.2 reads 0.3. */
function multiples(low: number, high: number, step: number): number[] {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1)
  const ticks: number[] = []
  for (let index = Math.ceil(low / step - 1e-9); index * step <= high + step * 1e-9; index++) {
    ticks.push(Number((index * step).toFixed(decimals)))
  }
  return ticks
}

/** Round values between `low` and `high` (inclusive), at most `most` of them and at least two when low < high. */
export function valueTicks(low: number, high: number, most = 5): number[] {
  if (!(high > low)) return Number.isFinite(low) ? [low] : []
  return multiples(low, high, niceStep((high - low) / (most - 1)))
}

/** Years from `first` to `last` to label: every year, or every 2nd, 5th, 10th..., at most `most` of them. */
export function yearTicks(first: number, last: number, most = 6): number[] {
  if (!(last > first)) return Number.isFinite(first) ? [first] : []
  const step = Math.max(1, niceStep((last - first) / (most - 1)))
  // Years are whole: a step of 2.5 years labels every 5th.
  return multiples(first, last, Number.isInteger(step) ? step : step * 2)
}
