import { label } from '../fields/label'

/** A yearly round: reporters report while it is open, strategists review, then the year is published whole. */
export const ROUND_STATES = ['open', 'review', 'published'] as const
export type RoundState = (typeof ROUND_STATES)[number]

export const ROUND_STATE_OPTIONS = [
  { value: 'open', label: label('Öppen för rapportering', 'Open for reporting') },
  { value: 'review', label: label('Granskas', 'In review') },
  { value: 'published', label: label('Publicerad', 'Published') },
] satisfies Array<{ value: RoundState; label: Record<'sv' | 'en', string> }>
