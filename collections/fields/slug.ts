import type { CollectionSlug, TextField, Validate } from 'payload'

import { label } from './label'
import { takenByAnother } from './unique'

/** The longest slug an editor can save; the API refuses longer slug arguments with the same figure. */
export const SLUG_MAX_LENGTH = 120

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** "Fossilfria resor & transporter" -> "fossilfria-resor-transporter" */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

export function validateSlug(value: unknown): true | string {
  if (typeof value !== 'string' || value === '') return 'Ange en slug.'
  if (value.length > SLUG_MAX_LENGTH) return `Sluggen får vara högst ${SLUG_MAX_LENGTH} tecken.`
  return SLUG_PATTERN.test(value)
    ? true
    : 'Sluggen får bara innehålla små bokstäver a–z, siffror och enkla bindestreck (inga mellanslag, snedstreck eller å, ä, ö).'
}

const validateUniqueSlug: Validate<string> = async (value, { req, collectionSlug, id }) => {
  const format = validateSlug(value)
  if (format !== true || !collectionSlug) return format
  const taken = await takenByAnother(req, collectionSlug as CollectionSlug, [{ slug: { equals: value } }], id)
  return taken ? `Sluggen ${value} används redan. Välj en annan.` : true
}

/** A unique, URL-safe slug, made from `sourceField` when left empty. */
export function slugField(sourceField: string): TextField {
  return {
    name: 'slug',
    type: 'text',
    label: label('Slug (i webbadressen)', 'Slug (in the URL)'),
    required: true,
    unique: true,
    index: true,
    validate: validateUniqueSlug,
    admin: {
      position: 'sidebar',
      description: label(
        'Små bokstäver a–z, siffror och bindestreck. Lämnas den tom skapas den från titeln.',
        'Lower-case a–z, digits and hyphens. Left empty, it is made from the title.',
      ),
    },
    hooks: {
      beforeValidate: [
        ({ value, siblingData }) => {
          if (value) return value
          const source = siblingData?.[sourceField]
          return typeof source === 'string' ? slugify(source) : value
        },
      ],
    },
  }
}
