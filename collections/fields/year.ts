import type { NumberField, Validate } from 'payload'

export const MIN_YEAR = 1990
export const MAX_YEAR = 2100

export function isValidYear(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR
}

export function validateYear(value: unknown, { required = false } = {}): true | string {
  if (value === null || value === undefined) return required ? 'Ange ett årtal.' : true
  return isValidYear(value) ? true : `Årtalet måste vara ett heltal från ${MIN_YEAR} till ${MAX_YEAR}.`
}

type YearFieldOptions = Pick<NumberField, 'name' | 'label' | 'required' | 'index' | 'admin'> & {
  /** Runs after the range check has passed. */
  validate?: Validate<number>
}

/** A year from 1990 to 2100. */
export function yearField({ validate, required, ...field }: YearFieldOptions): NumberField {
  const checkYear: Validate<number> = async (value, args) => {
    const range = validateYear(value, { required: Boolean(required) })
    return range === true && validate ? validate(value, args) : range
  }
  return { ...field, type: 'number', required, min: MIN_YEAR, max: MAX_YEAR, validate: checkYear } as NumberField
}
