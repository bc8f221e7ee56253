import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { sv } from '@payloadcms/translations/languages/sv'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { collections, globals } from '../collections'
import { MAX_UPLOAD_BYTES } from '../collections/Media'
import { deleteEmptyNewsDraftsTask } from '../collections/News/empty-drafts'
import { adminTranslations } from './components/admin/admin-translations'
import { IMPORT_VALUES_PATH, MY_GOALS_PATH } from './components/admin/routes'
import { migrations } from './migrations'
import { migrations as mongodbMigrations } from './migrations-mongodb'
import { migrations as postgresMigrations } from './migrations-postgres'
import { emailAdapter } from './reminders/email'
import { sendRoundRemindersTask } from './reminders/task'
import { prepareDevelopmentDatabase } from './seed/on-init'
import { databaseAdapter } from './server/database'
import { keepQueryStatistics } from './server/query-statistics'
import { payloadSecret } from './server/secret'
import { syncKoladaTask } from './values/kolada/task'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const runsJobs = () => process.env.JOBS_AUTORUN !== 'off' && process.env.NEXT_PHASE !== 'phase-production-build'

export default buildConfig({
  serverURL: process.env.SERVER_URL || '',
  secret: payloadSecret(),
  db: databaseAdapter(process.env.DATABASE_URI, {
    sqlite: migrations,
    postgres: postgresMigrations,
    mongodb: mongodbMigrations,
  }),
  editor: lexicalEditor(),
  email: emailAdapter(),
  sharp,
  collections,
  globals,
  admin: {
    user: 'users',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' – KMPP uppföljning' },
    dateFormat: 'yyyy-MM-dd HH:mm',
    // Payload's default avatar is fetched from Gravatar with a hash of the editor's e-mail address.
    avatar: 'default',
    components: {
      beforeDashboard: ['/components/admin/FollowUpDashboard#FollowUpDashboard', '/components/admin/kolada/KoladaPanel#KoladaPanel'],
      afterNavLinks: [
        '/components/admin/MyGoalsNavLink#MyGoalsNavLink',
        '/components/admin/imports/ImportValuesNavLink#ImportValuesNavLink',
      ],
      views: {
        myGoals: { Component: '/components/admin/MyGoalsView#MyGoalsView', path: MY_GOALS_PATH },
        importValues: { Component: '/components/admin/imports/ImportValuesView#ImportValuesView', path: IMPORT_VALUES_PATH },
      },
    },
  },
  i18n: {
    // Swedish whatever the browser's language, unless an editor picks English (see src/proxy.ts).
    fallbackLanguage: 'sv',
    supportedLanguages: { sv, en },
    translations: adminTranslations,
  },
  localization: {
    locales: [
      { code: 'sv', label: 'Svenska' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'sv',
    fallback: true,
  },
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES } },
  jobs: {
    // Scheduled publishing of news, the hourly removal of empty news drafts, the round's daily reminders
    // and the weekly read of Kolada run in the server process itself.
    tasks: [deleteEmptyNewsDraftsTask, sendRoundRemindersTask, syncKoladaTask],
    // Payload queues the scheduled tasks on every tick whatever shouldAutoRun says: with jobs off
    // (the tests, a second server) there is no tick, so nothing writes to the database by itself.
    autoRun: () => (runsJobs() ? [{ cron: '*/10 * * * * *', queue: 'default', limit: 20 }] : []),
    shouldAutoRun: runsJobs,
  },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  onInit: async (payload) => {
    await prepareDevelopmentDatabase(payload)
    await keepQueryStatistics(payload)
  },
  telemetry: false,
})
