import type { CollectionAfterOperationHook } from 'payload'

import { PUBLISHED } from '../../src/components/admin/admin-translations'

/**
 * Payload answers a publish as any other update, "Uppdaterades", and the admin toasts the answer's
 * message: after a publish, the request's translator gives that key our message instead. It is
 * done after the operation, since Local API calls in hooks reset the request's translator.
 */
export const answerPublished: CollectionAfterOperationHook = ({ args, operation, req, result }) => {
  const published = (result as { _status?: string } | undefined)?._status === 'published'
  if (operation !== 'updateByID' || !published || ('draft' in args && args.draft)) return result
  const translate = req.t
  req.t = ((key, vars) => translate((key === 'general:updatedSuccessfully' ? PUBLISHED : key) as never, vars)) as typeof req.t
  return result
}
