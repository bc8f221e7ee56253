import { type CollectionBeforeOperationHook, type CollectionConfig, ValidationError } from 'payload'

import { isEditor, publicKeptBy } from './access'
import { label } from './fields/label'

/** Largest upload accepted, in bytes; Payload's upload limit is set from it in the config. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

/** Payload's upload limit guards HTTP uploads; this guards every way in, the Local API included. */
const refuseOversizedFiles: CollectionBeforeOperationHook = ({ req, args }) => {
  if (req.file && req.file.size > MAX_UPLOAD_BYTES) {
    throw new ValidationError({
      collection: 'media',
      errors: [{ path: 'file', message: `Filen är för stor: högst ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.` }],
    })
  }
  return args
}

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('Bild eller dokument', 'Media file'), plural: label('Bilder och dokument', 'Media') },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'mimeType'], group: label('Nyheter', 'News') },
  access: publicKeptBy(isEditor),
  hooks: { beforeOperation: [refuseOversizedFiles] },
  upload: {
    staticDir: process.env.MEDIA_DIR || 'media',
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif', 'application/pdf'],
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 768 },
      { name: 'hero', width: 1600 },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: label('Alternativtext', 'Alt text'),
      required: true,
      localized: true,
      admin: {
        description: label(
          'Beskriv vad bilden visar för den som inte ser den. För PDF: dokumentets titel.',
          'Describe what the image shows for those who cannot see it. For a PDF: its title.',
        ),
      },
    },
  ],
}
