import * as migration_20261207_030000_fill_derived_fields from './20261207_030000_fill_derived_fields'

export const migrations = [
  {
    up: migration_20261207_030000_fill_derived_fields.up,
    down: migration_20261207_030000_fill_derived_fields.down,
    name: '20261207_030000_fill_derived_fields',
  },
]
