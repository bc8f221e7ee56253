/**
 * The facts of the accessibility statement that only the municipality can give, from the
 * environment (.env.example). Unset, the statement says that they have not been given yet rather
 * than show made-up ones; the e-mail address defaults to the municipality's, as the DCAT catalogue's does.
 */
export type AccessibilityConfig = {
  contactEmail: string
  contactPhone: string | null
  /** When the site was last reviewed for accessibility, YYYY-MM-DD. */
  reviewedOn: string | null
  /** When the statement was made or last updated, YYYY-MM-DD. */
  updatedOn: string | null
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

function day(value: string | undefined): string | null {
  const trimmed = value?.trim()
  return trimmed && ISO_DAY.test(trimmed) && !Number.isNaN(Date.parse(trimmed)) ? trimmed : null
}

export function accessibilityConfig(env: Record<string, string | undefined> = process.env): AccessibilityConfig {
  return {
    contactEmail: env.ACCESSIBILITY_CONTACT_EMAIL?.trim() || 'kommunen@haninge.se',
    contactPhone: env.ACCESSIBILITY_CONTACT_PHONE?.trim() || null,
    reviewedOn: day(env.ACCESSIBILITY_REVIEWED_ON),
    updatedOn: day(env.ACCESSIBILITY_STATEMENT_UPDATED_ON),
  }
}
