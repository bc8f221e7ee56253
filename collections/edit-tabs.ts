import type { CollectionConfig, DocumentTabCondition, EditConfigWithoutRoot } from 'payload'

type View = EditConfigWithoutRoot['default']

const mayUpdate: DocumentTabCondition = ({ collectionConfig, permissions }) =>
  Boolean(collectionConfig && permissions?.collections?.[collectionConfig.slug]?.update)

const forEditors = (view: View): View => ({ ...view, tab: { ...view?.tab, condition: mayUpdate } })

/**
 * Payload's "Redigera" and "API" tabs above a document only for those who may change it: a reader,
 * such as a communicator opening a follow-up, sees the read-only form without an invitation to edit.
 */
export function tabsForEditors(collection: CollectionConfig): CollectionConfig {
  const edit = collection.admin?.components?.views?.edit as EditConfigWithoutRoot | undefined
  return {
    ...collection,
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        views: {
          ...collection.admin?.components?.views,
          edit: { ...edit, default: forEditors(edit?.default), api: forEditors(edit?.api) } as EditConfigWithoutRoot,
        },
      },
    },
  }
}
