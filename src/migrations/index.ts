import * as migration_20261126_170430_initial from './20261126_170430_initial';
import * as migration_20261126_180241_indicator_series from './20261126_180241_indicator_series';
import * as migration_20261127_005342_news_programme from './20261127_005342_news_programme';
import * as migration_20261127_080711_follow_up_commentary_rendered from './20261127_080711_follow_up_commentary_rendered';
import * as migration_20261206_203555_milestone_goal_label from './20261206_203555_milestone_goal_label';
import * as migration_20261206_204523_normalise_search_text from './20261206_204523_normalise_search_text';
import * as migration_20261206_205504_empty_news_drafts_task from './20261206_205504_empty_news_drafts_task';
import * as migration_20261207_024835_follow_up_round from './20261207_024835_follow_up_round';
import * as migration_20261207_031404_approve_published_follow_ups from './20261207_031404_approve_published_follow_ups';
import * as migration_20261207_060313_provenance_and_imports from './20261207_060313_provenance_and_imports';
import * as migration_20261207_060954_kolada_sync from './20261207_060954_kolada_sync';
import * as migration_20261207_061500_series_provenance from './20261207_061500_series_provenance';
import * as migration_20261207_122608_import_files from './20261207_122608_import_files';

export const migrations = [
  {
    up: migration_20261126_170430_initial.up,
    down: migration_20261126_170430_initial.down,
    name: '20261126_170430_initial',
  },
  {
    up: migration_20261126_180241_indicator_series.up,
    down: migration_20261126_180241_indicator_series.down,
    name: '20261126_180241_indicator_series',
  },
  {
    up: migration_20261127_005342_news_programme.up,
    down: migration_20261127_005342_news_programme.down,
    name: '20261127_005342_news_programme',
  },
  {
    up: migration_20261127_080711_follow_up_commentary_rendered.up,
    down: migration_20261127_080711_follow_up_commentary_rendered.down,
    name: '20261127_080711_follow_up_commentary_rendered',
  },
  {
    up: migration_20261206_203555_milestone_goal_label.up,
    down: migration_20261206_203555_milestone_goal_label.down,
    name: '20261206_203555_milestone_goal_label',
  },
  {
    up: migration_20261206_204523_normalise_search_text.up,
    down: migration_20261206_204523_normalise_search_text.down,
    name: '20261206_204523_normalise_search_text',
  },
  {
    up: migration_20261206_205504_empty_news_drafts_task.up,
    down: migration_20261206_205504_empty_news_drafts_task.down,
    name: '20261206_205504_empty_news_drafts_task',
  },
  {
    up: migration_20261207_024835_follow_up_round.up,
    down: migration_20261207_024835_follow_up_round.down,
    name: '20261207_024835_follow_up_round',
  },
  {
    up: migration_20261207_031404_approve_published_follow_ups.up,
    down: migration_20261207_031404_approve_published_follow_ups.down,
    name: '20261207_031404_approve_published_follow_ups',
  },
  {
    up: migration_20261207_060313_provenance_and_imports.up,
    down: migration_20261207_060313_provenance_and_imports.down,
    name: '20261207_060313_provenance_and_imports',
  },
  {
    up: migration_20261207_060954_kolada_sync.up,
    down: migration_20261207_060954_kolada_sync.down,
    name: '20261207_060954_kolada_sync',
  },
  {
    up: migration_20261207_061500_series_provenance.up,
    down: migration_20261207_061500_series_provenance.down,
    name: '20261207_061500_series_provenance',
  },
  {
    up: migration_20261207_122608_import_files.up,
    down: migration_20261207_122608_import_files.down,
    name: '20261207_122608_import_files'
  },
];
