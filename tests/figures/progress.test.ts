import { describe, expect, it } from 'vitest'

import { type Progress, type ProgressInput, progress } from '../../src/figures'

// Expected figures computed by hand (Python), e.g. observedRate = (120/100)^(1/5) - 1.
type Case = { name: string; input: ProgressInput; expected: Omit<Progress, 'method'> }

function expectProgress(actual: Progress, expected: Omit<Progress, 'method'>) {
  expect(actual.status).toBe(expected.status)
  expect(actual.baseYear).toBe(expected.baseYear)
  expect(actual.currentYear).toBe(expected.currentYear)
  for (const key of ['ratio', 'observedRate', 'requiredRate'] as const) {
    const value = expected[key]
    if (value === null) expect(actual[key], key).toBeNull()
    else expect(actual[key], key).toBeCloseTo(value, 10)
  }
}

const increaseTo150 = { direction: 'increase', target: { year: 2030, value: 150 } } as const
const decreaseTo500 = { direction: 'decrease', target: { year: 2030, value: 500 } } as const
const from100 = (year: number, value: number) => [
  { year: 2015, value: 100 },
  { year, value },
]
const from1000 = (year: number, value: number) => [
  { year: 2010, value: 1000 },
  { year, value },
]

const withTarget: Case[] = [
  {
    name: 'increase, substantial',
    input: { ...increaseTo150, measurements: from100(2020, 120) },
    expected: {
      status: 'substantial_progress',
      ratio: 1.3553923882880219,
      observedRate: 0.03713728933664817,
      requiredRate: 0.02739965906371644,
      baseYear: 2015,
      currentYear: 2020,
    },
  },
  {
    name: 'increase, moderate',
    input: { ...increaseTo150, measurements: from100(2020, 110) },
    expected: {
      status: 'moderate_progress',
      ratio: 0.7023764947842465,
      observedRate: 0.019244876491456564,
      requiredRate: 0.02739965906371644,
      baseYear: 2015,
      currentYear: 2020,
    },
  },
  {
    name: 'increase, limited',
    input: { ...increaseTo150, measurements: from100(2020, 105) },
    expected: {
      status: 'limited_progress',
      ratio: 0.3578802805787645,
      observedRate: 0.009805797673485328,
      requiredRate: 0.02739965906371644,
      baseYear: 2015,
      currentYear: 2020,
    },
  },
  {
    name: 'increase, deterioration',
    input: { ...increaseTo150, measurements: from100(2020, 95) },
    expected: {
      status: 'deterioration',
      ratio: -0.37249435437417233,
      observedRate: -0.010206218313011495,
      requiredRate: 0.02739965906371644,
      baseYear: 2015,
      currentYear: 2020,
    },
  },
  {
    name: 'decrease, substantial',
    input: { ...decreaseTo500, measurements: from1000(2020, 700) },
    expected: {
      status: 'substantial_progress',
      ratio: 1.0286297329162293,
      observedRate: -0.03503890488018235,
      requiredRate: -0.0340636710751544,
      baseYear: 2010,
      currentYear: 2020,
    },
  },
  {
    name: 'decrease, moderate',
    input: { ...decreaseTo500, measurements: from1000(2020, 800) },
    expected: {
      status: 'moderate_progress',
      ratio: 0.6478230549016488,
      observedRate: -0.022067231457071457,
      requiredRate: -0.0340636710751544,
      baseYear: 2010,
      currentYear: 2020,
    },
  },
  {
    name: 'decrease, limited',
    input: { ...decreaseTo500, measurements: from1000(2020, 950) },
    expected: {
      status: 'limited_progress',
      ratio: 0.1501951119870762,
      observedRate: -0.005116196891823743,
      requiredRate: -0.0340636710751544,
      baseYear: 2010,
      currentYear: 2020,
    },
  },
  {
    name: 'decrease, deterioration',
    input: { ...decreaseTo500, measurements: from1000(2020, 1050) },
    expected: {
      status: 'deterioration',
      ratio: -0.1435822400856617,
      observedRate: 0.004890938198511829,
      requiredRate: -0.0340636710751544,
      baseYear: 2010,
      currentYear: 2020,
    },
  },
  {
    name: 'increase, target exceeded',
    input: { ...increaseTo150, measurements: from100(2022, 160) },
    expected: {
      status: 'target_achieved',
      ratio: 2.534659277763048,
      observedRate: 0.06944880005339327,
      requiredRate: 0.02739965906371644,
      baseYear: 2015,
      currentYear: 2022,
    },
  },
  {
    name: 'increase, target reached exactly',
    input: { ...increaseTo150, measurements: from100(2030, 150) },
    expected: {
      status: 'target_achieved',
      ratio: 1,
      observedRate: 0.02739965906371644,
      requiredRate: 0.02739965906371644,
      baseYear: 2015,
      currentYear: 2030,
    },
  },
  {
    name: 'decrease, target undercut',
    input: { ...decreaseTo500, measurements: from1000(2021, 450) },
    expected: {
      status: 'target_achieved',
      ratio: 2.0555462574914563,
      observedRate: -0.0700194515949536,
      requiredRate: -0.0340636710751544,
      baseYear: 2010,
      currentYear: 2021,
    },
  },
]

const withoutTarget: Case[] = [
  {
    name: 'increase, substantial',
    input: { direction: 'increase', measurements: from100(2020, 110) },
    expected: {
      status: 'substantial_progress',
      ratio: null,
      observedRate: 0.019244876491456564,
      requiredRate: null,
      baseYear: 2015,
      currentYear: 2020,
    },
  },
  {
    name: 'increase, moderate',
    input: { direction: 'increase', measurements: from100(2020, 104) },
    expected: {
      status: 'moderate_progress',
      ratio: null,
      observedRate: 0.007874988517892145,
      requiredRate: null,
      baseYear: 2015,
      currentYear: 2020,
    },
  },
  {
    name: 'increase, limited',
    input: { direction: 'increase', measurements: from100(2020, 101) },
    expected: {
      status: 'limited_progress',
      ratio: null,
      observedRate: 0.001992047666533381,
      requiredRate: null,
      baseYear: 2015,
      currentYear: 2020,
    },
  },
  {
    name: 'increase, deterioration',
    input: { direction: 'increase', measurements: from100(2020, 95) },
    expected: {
      status: 'deterioration',
      ratio: null,
      observedRate: -0.010206218313011495,
      requiredRate: null,
      baseYear: 2015,
      currentYear: 2020,
    },
  },
  {
    name: 'decrease, substantial',
    input: { direction: 'decrease', measurements: from100(2020, 90) },
    expected: {
      status: 'substantial_progress',
      ratio: null,
      observedRate: -0.0208516376390232,
      requiredRate: null,
      baseYear: 2015,
      currentYear: 2020,
    },
  },
  {
    name: 'decrease, deterioration',
    input: { direction: 'decrease', measurements: from100(2020, 103) },
    expected: {
      status: 'deterioration',
      ratio: null,
      observedRate: 0.005929269389993275,
      requiredRate: null,
      baseYear: 2015,
      currentYear: 2020,
    },
  },
]

// Zero or negative values switch to linear rates: (current - base) / years.
const linearRates: Case[] = [
  {
    name: 'per-cent change with base 0, with target',
    input: {
      direction: 'increase',
      baseline: { year: 2015, value: 0 },
      target: { year: 2030, value: 30 },
      measurements: [{ year: 2020, value: 10 }],
    },
    expected: {
      status: 'substantial_progress',
      ratio: 1,
      observedRate: 2,
      requiredRate: 2,
      baseYear: 2015,
      currentYear: 2020,
    },
  },
  {
    name: 'negative values, decrease',
    input: {
      direction: 'decrease',
      target: { year: 2025, value: -20 },
      measurements: [
        { year: 2015, value: 0 },
        { year: 2019, value: -8 },
      ],
    },
    expected: {
      status: 'substantial_progress',
      ratio: 1,
      observedRate: -2,
      requiredRate: -2,
      baseYear: 2015,
      currentYear: 2019,
    },
  },
  {
    name: 'only the target is zero',
    input: {
      direction: 'decrease',
      target: { year: 2025, value: 0 },
      measurements: [
        { year: 2015, value: 5 },
        { year: 2020, value: 3 },
      ],
    },
    expected: {
      status: 'moderate_progress',
      ratio: 0.8,
      observedRate: -0.4,
      requiredRate: -0.5,
      baseYear: 2015,
      currentYear: 2020,
    },
  },
  {
    name: 'base 0, deterioration',
    input: {
      direction: 'increase',
      target: { year: 2030, value: 30 },
      measurements: [
        { year: 2015, value: 0 },
        { year: 2020, value: -5 },
      ],
    },
    expected: {
      status: 'deterioration',
      ratio: -0.5,
      observedRate: -1,
      requiredRate: 2,
      baseYear: 2015,
      currentYear: 2020,
    },
  },
  {
    name: 'ratio exactly 0.95',
    input: {
      direction: 'increase',
      target: { year: 2030, value: 10 },
      measurements: [
        { year: 2020, value: 0 },
        { year: 2022, value: 1.9 },
      ],
    },
    expected: {
      status: 'substantial_progress',
      ratio: 0.95,
      observedRate: 0.95,
      requiredRate: 1,
      baseYear: 2020,
      currentYear: 2022,
    },
  },
  {
    name: 'ratio exactly 0.6',
    input: {
      direction: 'increase',
      target: { year: 2030, value: 10 },
      measurements: [
        { year: 2020, value: 0 },
        { year: 2022, value: 1.2 },
      ],
    },
    expected: {
      status: 'moderate_progress',
      ratio: 0.6,
      observedRate: 0.6,
      requiredRate: 1,
      baseYear: 2020,
      currentYear: 2022,
    },
  },
  {
    name: 'ratio exactly 0',
    input: {
      direction: 'increase',
      target: { year: 2030, value: 10 },
      measurements: [
        { year: 2020, value: 0 },
        { year: 2022, value: 0 },
      ],
    },
    expected: {
      status: 'limited_progress',
      ratio: 0,
      observedRate: 0,
      requiredRate: 1,
      baseYear: 2020,
      currentYear: 2022,
    },
  },
  {
    name: 'no target, linear rate exactly 0.015',
    input: {
      direction: 'increase',
      measurements: [
        { year: 2020, value: 0 },
        { year: 2022, value: 0.03 },
      ],
    },
    expected: {
      status: 'substantial_progress',
      ratio: null,
      observedRate: 0.015,
      requiredRate: null,
      baseYear: 2020,
      currentYear: 2022,
    },
  },
  {
    name: 'no target, linear rate exactly 0.005',
    input: {
      direction: 'increase',
      measurements: [
        { year: 2020, value: 0 },
        { year: 2022, value: 0.01 },
      ],
    },
    expected: {
      status: 'moderate_progress',
      ratio: null,
      observedRate: 0.005,
      requiredRate: null,
      baseYear: 2020,
      currentYear: 2022,
    },
  },
  {
    name: 'no target, decrease, linear',
    input: {
      direction: 'decrease',
      measurements: [
        { year: 2020, value: 0 },
        { year: 2024, value: -0.01 },
      ],
    },
    expected: {
      status: 'limited_progress',
      ratio: null,
      observedRate: -0.0025,
      requiredRate: null,
      baseYear: 2020,
      currentYear: 2024,
    },
  },
]

const baseAndCurrent: Case[] = [
  {
    name: 'baseline given: base is the baseline, not the first measurement',
    input: {
      ...increaseTo150,
      baseline: { year: 2010, value: 80 },
      measurements: [
        { year: 2015, value: 100 },
        { year: 2020, value: 120 },
      ],
    },
    expected: {
      status: 'substantial_progress',
      ratio: 1.2959687456444215,
      observedRate: 0.04137974399241062,
      requiredRate: 0.031929584823308765,
      baseYear: 2010,
      currentYear: 2020,
    },
  },
  {
    name: 'no baseline: base is the earliest measurement, even when unsorted',
    input: {
      ...increaseTo150,
      measurements: [
        { year: 2020, value: 120 },
        { year: 2015, value: 100 },
      ],
    },
    expected: {
      status: 'substantial_progress',
      ratio: 1.3553923882880219,
      observedRate: 0.03713728933664817,
      requiredRate: 0.02739965906371644,
      baseYear: 2015,
      currentYear: 2020,
    },
  },
  {
    name: 'current is the latest measurement after the base',
    input: {
      ...increaseTo150,
      measurements: [
        { year: 2018, value: 110 },
        { year: 2015, value: 100 },
        { year: 2022, value: 130 },
        { year: 2020, value: 120 },
      ],
    },
    expected: {
      status: 'substantial_progress',
      ratio: 1.3938810492865201,
      observedRate: 0.038191865525825985,
      requiredRate: 0.02739965906371644,
      baseYear: 2015,
      currentYear: 2022,
    },
  },
  {
    name: 'measurements before the baseline are ignored for current',
    input: {
      direction: 'increase',
      baseline: { year: 2015, value: 100 },
      measurements: [
        { year: 2010, value: 300 },
        { year: 2020, value: 110 },
        { year: 2012, value: 250 },
      ],
    },
    expected: {
      status: 'substantial_progress',
      ratio: null,
      observedRate: 0.019244876491456564,
      requiredRate: null,
      baseYear: 2015,
      currentYear: 2020,
    },
  },
]

const insufficient = (baseYear: number | null): Omit<Progress, 'method'> => ({
  status: 'insufficient_data',
  ratio: null,
  observedRate: null,
  requiredRate: null,
  baseYear,
  currentYear: null,
})

const insufficientData: Case[] = [
  {
    name: 'no measurements, no baseline',
    input: { ...increaseTo150, measurements: [] },
    expected: insufficient(null),
  },
  {
    name: 'a single measurement',
    input: { ...increaseTo150, measurements: [{ year: 2015, value: 100 }] },
    expected: insufficient(2015),
  },
  {
    name: 'baseline only',
    input: { ...increaseTo150, baseline: { year: 2015, value: 100 }, measurements: [] },
    expected: insufficient(2015),
  },
  {
    name: 'measurements only up to the baseline year',
    input: {
      ...increaseTo150,
      baseline: { year: 2015, value: 100 },
      measurements: [
        { year: 2012, value: 90 },
        { year: 2015, value: 100 },
      ],
    },
    expected: insufficient(2015),
  },
  {
    name: 'null baseline and target behave as absent',
    input: { direction: 'decrease', baseline: null, target: null, measurements: [{ year: 2019, value: 4 }] },
    expected: insufficient(2019),
  },
]

// Without a meaningful required rate the no-target thresholds grade the observed rate.
const noRequiredRateFallback: Case[] = [
  {
    name: 'target equals base: growth graded without target',
    input: {
      direction: 'increase',
      target: { year: 2030, value: 100 },
      measurements: from100(2020, 95),
    },
    expected: {
      status: 'deterioration',
      ratio: null,
      observedRate: -0.010206218313011495,
      requiredRate: null,
      baseYear: 2015,
      currentYear: 2020,
    },
  },
  {
    name: 'target equals base and current stays on it: achieved',
    input: {
      direction: 'decrease',
      target: { year: 2030, value: 100 },
      measurements: from100(2020, 100),
    },
    expected: {
      status: 'target_achieved',
      ratio: null,
      observedRate: 0,
      requiredRate: null,
      baseYear: 2015,
      currentYear: 2020,
    },
  },
  {
    name: 'target year before base year',
    input: {
      direction: 'increase',
      target: { year: 2010, value: 150 },
      measurements: from100(2020, 110),
    },
    expected: {
      status: 'substantial_progress',
      ratio: null,
      observedRate: 0.019244876491456564,
      requiredRate: null,
      baseYear: 2015,
      currentYear: 2020,
    },
  },
  {
    name: 'target year equal to base year',
    input: {
      direction: 'increase',
      target: { year: 2015, value: 150 },
      measurements: from100(2020, 104),
    },
    expected: {
      status: 'moderate_progress',
      ratio: null,
      observedRate: 0.007874988517892145,
      requiredRate: null,
      baseYear: 2015,
      currentYear: 2020,
    },
  },
]

describe('progress', () => {
  it.each(withTarget)('with target: $name', ({ input, expected }) => {
    expectProgress(progress(input), expected)
  })

  it.each(withoutTarget)('without target: $name', ({ input, expected }) => {
    expectProgress(progress(input), expected)
  })

  it.each(linearRates)('linear rates: $name', ({ input, expected }) => {
    expectProgress(progress(input), expected)
    expect(progress(input).method).toBe('linear')
  })

  it('says which rates it used', () => {
    expect(progress({ ...increaseTo150, measurements: from100(2020, 120) }).method).toBe('compound')
    expect(progress({ direction: 'increase', measurements: [{ year: 2020, value: 1 }] }).method).toBeNull()
  })

  it.each(baseAndCurrent)('$name', ({ input, expected }) => {
    expectProgress(progress(input), expected)
  })

  it.each(insufficientData)('insufficient data: $name', ({ input, expected }) => {
    expectProgress(progress(input), expected)
  })

  it.each(noRequiredRateFallback)('no required rate: $name', ({ input, expected }) => {
    expectProgress(progress(input), expected)
  })

  it('does not reorder the caller’s measurements', () => {
    const measurements = [
      { year: 2020, value: 120 },
      { year: 2015, value: 100 },
    ]
    progress({ direction: 'increase', measurements })
    expect(measurements.map((point) => point.year)).toEqual([2020, 2015])
  })
})
