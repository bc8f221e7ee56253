import { type DataPoint, type Direction, directionSign, sortByYear } from './measurements'

export type ProgressStatus =
  | 'target_achieved'
  | 'substantial_progress'
  | 'moderate_progress'
  | 'limited_progress'
  | 'deterioration'
  | 'insufficient_data'

export type ProgressInput = {
  direction: Direction
  baseline?: DataPoint | null
  target?: DataPoint | null
  measurements: DataPoint[]
}

export type RateMethod = 'compound' | 'linear'

/** Rates are annual fractions (0.02 = 2 % per year), never per cent. */
export type Progress = {
  status: ProgressStatus
  method: RateMethod | null
  ratio: number | null
  observedRate: number | null
  requiredRate: number | null
  baseYear: number | null
  currentYear: number | null
}

const RATIO_SUBSTANTIAL = 0.95
const RATIO_MODERATE = 0.6
const GROWTH_SUBSTANTIAL = 0.015
const GROWTH_MODERATE = 0.005

/**
 * Progress towards a target after the Open SDG / Eurostat method: compare the
 * observed compound annual rate with the rate required to reach the target,
 * or, without a target, grade the observed rate itself.
 */
export function progress({ direction, baseline, target, measurements }: ProgressInput): Progress {
  const sorted = sortByYear(measurements)
  const base = baseline ?? sorted[0]
  const current = base ? sorted.filter((point) => point.year > base.year).at(-1) : undefined

  if (!base || !current) {
    return {
      status: 'insufficient_data',
      method: null,
      ratio: null,
      observedRate: null,
      requiredRate: null,
      baseYear: base?.year ?? null,
      currentYear: null,
    }
  }

  const d = directionSign(direction)
  // Compound rates are undefined for zero or negative values (e.g. change in per cent).
  const linear = [base, current, target].some((point) => point != null && point.value <= 0)
  const annualRate = (to: DataPoint) =>
    linear ? (to.value - base.value) / (to.year - base.year) : (to.value / base.value) ** (1 / (to.year - base.year)) - 1

  const observedRate = annualRate(current)
  const rawRequiredRate = target && target.year > base.year ? annualRate(target) : null
  // A target equal to the base, or not after it, gives no meaningful required rate: grade as without a target.
  const requiredRate = rawRequiredRate === 0 ? null : rawRequiredRate
  const ratio = requiredRate === null ? null : (d * observedRate) / Math.abs(requiredRate)

  const figures = {
    method: linear ? ('linear' as const) : ('compound' as const),
    ratio,
    observedRate,
    requiredRate,
    baseYear: base.year,
    currentYear: current.year,
  }

  if (target && d * (current.value - target.value) >= 0) {
    return { status: 'target_achieved', ...figures }
  }
  const status = ratio === null ? statusFromGrowth(d * observedRate) : statusFromRatio(ratio)
  return { status, ...figures }
}

function statusFromRatio(ratio: number): ProgressStatus {
  if (ratio >= RATIO_SUBSTANTIAL) return 'substantial_progress'
  if (ratio >= RATIO_MODERATE) return 'moderate_progress'
  if (ratio >= 0) return 'limited_progress'
  return 'deterioration'
}

function statusFromGrowth(growth: number): ProgressStatus {
  if (growth >= GROWTH_SUBSTANTIAL) return 'substantial_progress'
  if (growth >= GROWTH_MODERATE) return 'moderate_progress'
  if (growth >= 0) return 'limited_progress'
  return 'deterioration'
}
