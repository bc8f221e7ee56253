import { describe, expect, it } from 'vitest'

import { accessibilityConfig } from '../../src/app/(public)/accessibility-statement/config'

describe("the accessibility statement's facts", () => {
  it("default to the municipality's e-mail address, no phone and no dates", () => {
    expect(accessibilityConfig({})).toEqual({
      contactEmail: 'kommunen@haninge.se',
      contactPhone: null,
      reviewedOn: null,
      updatedOn: null,
    })
  })

  it('come from the environment, dates only as YYYY-MM-DD', () => {
    const config = accessibilityConfig({
      ACCESSIBILITY_CONTACT_EMAIL: ' tillganglighet@example.org ',
      ACCESSIBILITY_CONTACT_PHONE: '08-000 00 00',
      ACCESSIBILITY_REVIEWED_ON: '2026-11-30',
      ACCESSIBILITY_STATEMENT_UPDATED_ON: '30 november 2026',
    })
    expect(config).toEqual({
      contactEmail: 'tillganglighet@example.org',
      contactPhone: '08-000 00 00',
      reviewedOn: '2026-11-30',
      updatedOn: null,
    })
  })
})
