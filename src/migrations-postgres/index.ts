import * as migration_20261206_235157_initial from './20261206_235157_initial';
import * as migration_20261207_024846_follow_up_round from './20261207_024846_follow_up_round';
import * as migration_20261207_031448_approve_published_follow_ups from './20261207_031448_approve_published_follow_ups';
import * as migration_20261207_032745_round_reminders_task from './20261207_032745_round_reminders_task';
import * as migration_20261207_041616_locale_parent_indexes from './20261207_041616_locale_parent_indexes';
import * as migration_20261207_060330_provenance_and_imports from './20261207_060330_provenance_and_imports';
import * as migration_20261207_061034_kolada_sync from './20261207_061034_kolada_sync';
import * as migration_20261207_061500_series_provenance from './20261207_061500_series_provenance';
import * as migration_20261207_122633_import_files from './20261207_122633_import_files';

export const migrations = [
  {
    up: migration_20261206_235157_initial.up,
    down: migration_20261206_235157_initial.down,
    name: '20261206_235157_initial',
  },
  {
    up: migration_20261207_024846_follow_up_round.up,
    down: migration_20261207_024846_follow_up_round.down,
    name: '20261207_024846_follow_up_round',
  },
  {
    up: migration_20261207_031448_approve_published_follow_ups.up,
    down: migration_20261207_031448_approve_published_follow_ups.down,
    name: '20261207_031448_approve_published_follow_ups',
  },
  {
    up: migration_20261207_032745_round_reminders_task.up,
    down: migration_20261207_032745_round_reminders_task.down,
    name: '20261207_032745_round_reminders_task',
  },
  {
    up: migration_20261207_041616_locale_parent_indexes.up,
    down: migration_20261207_041616_locale_parent_indexes.down,
    name: '20261207_041616_locale_parent_indexes',
  },
  {
    up: migration_20261207_060330_provenance_and_imports.up,
    down: migration_20261207_060330_provenance_and_imports.down,
    name: '20261207_060330_provenance_and_imports',
  },
  {
    up: migration_20261207_061034_kolada_sync.up,
    down: migration_20261207_061034_kolada_sync.down,
    name: '20261207_061034_kolada_sync',
  },
  {
    up: migration_20261207_061500_series_provenance.up,
    down: migration_20261207_061500_series_provenance.down,
    name: '20261207_061500_series_provenance',
  },
  {
    up: migration_20261207_122633_import_files.up,
    down: migration_20261207_122633_import_files.down,
    name: '20261207_122633_import_files'
  },
];
