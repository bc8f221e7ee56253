import type { GlobalConfig } from 'payload'

import { label } from './fields/label'

/**
 * A token that changes with every write to published content. Anything that keeps copies of
 * content (a response cache, in this process or another) compares it to know they are current.
 */
export const ContentState: GlobalConfig = {
  slug: 'content-state',
  label: label('Innehållsversion', 'Content version'),
  admin: { hidden: true },
  access: { read: () => false, update: () => false },
  fields: [{ name: 'version', type: 'text', required: true, defaultValue: 'initial' }],
}
