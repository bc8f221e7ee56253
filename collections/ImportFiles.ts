import type { CollectionConfig } from 'payload'

import { isStrategist } from './access'
import { label } from './fields/label'

const nobody = () => false

/**
 * The spreadsheets imported, as uploaded: one per applied spreadsheet import, linked from it.
 * Written only by the importer (src/values/spreadsheet/import.ts); read, and downloaded, by
 * strategists and admins only.
 */
export const ImportFiles: CollectionConfig = {
  slug: 'import-files',
  labels: { singular: label('Importerad fil', 'Imported file'), plural: label('Importerade filer', 'Imported files') },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'createdAt'], group: label('Programmet', 'The programme') },
  defaultSort: '-createdAt',
  access: { read: isStrategist, create: nobody, update: nobody, delete: nobody },
  upload: { staticDir: process.env.IMPORT_FILES_DIR || 'data/import-files' },
  fields: [],
}
