import * as migration_20261207_030000_fill_derived_fields from './20261207_030000_fill_derived_fields'
import * as migration_20261207_061500_series_provenance from './20261207_061500_series_provenance'

export const migrations = [
  {
    up: migration_20261207_030000_fill_derived_fields.up,
    down: migration_20261207_030000_fill_derived_fields.down,
    name: '20261207_030000_fill_derived_fields',
  },
  {
    up: migration_20261207_061500_series_provenance.up,
    down: migration_20261207_061500_series_provenance.down,
    name: '20261207_061500_series_provenance',
  },
]
