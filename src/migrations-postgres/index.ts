import * as migration_20261206_235157_initial from './20261206_235157_initial';

export const migrations = [
  {
    up: migration_20261206_235157_initial.up,
    down: migration_20261206_235157_initial.down,
    name: '20261206_235157_initial'
  },
];
