import * as migration_20261206_235157_initial from './20261206_235157_initial';
import * as migration_20261207_032329_locale_parent_indexes from './20261207_032329_locale_parent_indexes';

export const migrations = [
  {
    up: migration_20261206_235157_initial.up,
    down: migration_20261206_235157_initial.down,
    name: '20261206_235157_initial',
  },
  {
    up: migration_20261207_032329_locale_parent_indexes.up,
    down: migration_20261207_032329_locale_parent_indexes.down,
    name: '20261207_032329_locale_parent_indexes'
  },
];
