import * as migration_20261126_153130_initial from './20261126_153130_initial';

export const migrations = [
  {
    up: migration_20261126_153130_initial.up,
    down: migration_20261126_153130_initial.down,
    name: '20261126_153130_initial'
  },
];
