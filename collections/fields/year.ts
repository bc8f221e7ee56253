import type { NumberField } from 'payload'

export const MIN_YEAR = 1990
export const MAX_YEAR = 2100

export function isValidYear(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR
}

export function validateYear(value: unknown, { required = false } = {}): true | string {
  if (value === null || value === undefined) return required ? 'Ange ett årtal.' : true
  return isValidYear(value) ? true : `Årtalet måste vara ett heltal från ${MIN_YEAR} till ${MAX_YEAR}.`
}

type YearFieldOptions = Omit<NumberField, 'type' | 'min' | 'max' | 'hasMany'>

/** A year from 1990 to 2100; `validate`, when given, runs after the range check. */
export function yearField({ validate, required, ...field }: YearFieldOptions): NumberField {
  return {
    ...field,
    type: 'number',
    required,
    min: MIN_YEAR,
    max: MAX_YEAR,
    validate: async (value, args) => {
      const range = validateYear(value, { required: Boolean(required) })
      if (range !== true || !validate) return range
      return validate(value, args)
    },
  } as NumberField
}
