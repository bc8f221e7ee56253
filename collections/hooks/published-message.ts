import type { CollectionBeforeOperationHook } from 'payload'

/** The answer to a publish, as translations for the Payload config's `i18n.translations`. */
export const publishedMessages = { sv: { kmpp: { published: 'Publicerades' } }, en: { kmpp: { published: 'Published' } } }
const PUBLISHED_MESSAGE = 'kmpp:published'

/**
 * Payload answers a publish as any other update, "Uppdaterades", and the admin toasts the answer's
 * message: for a publish, the request's translator gives that key our message instead.
 */
export const answerPublished: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'update' || (args.data as { _status?: string } | undefined)?._status !== 'published' || args.draft) return args
  const translate = req.t
  req.t = ((key, vars) => translate((key === 'general:updatedSuccessfully' ? PUBLISHED_MESSAGE : key) as never, vars)) as typeof req.t
  return args
}
