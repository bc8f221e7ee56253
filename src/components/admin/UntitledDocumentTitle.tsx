'use client'
import { useConfig, useDocumentInfo, useDocumentTitle, useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect } from 'react'

import { UNTITLED } from './admin-translations'

/**
 * Payload names a document without a title by its id, in the breadcrumb and the heading: a news
 * item's draft, created at once by autosave, read as a UUID. This names it "Utan rubrik" instead.
 */
export function UntitledDocumentTitle() {
  const { collectionSlug } = useDocumentInfo()
  const { getEntityConfig } = useConfig()
  const collection = getEntityConfig({ collectionSlug })
  const useAsTitle = (collection && 'useAsTitle' in collection.admin && collection.admin.useAsTitle) || 'id'
  const value = useFormFields(([fields]) => fields[useAsTitle]?.value)
  const { title, setDocumentTitle } = useDocumentTitle()
  const { t } = useTranslation()
  const untitled = t(UNTITLED as never)
  // Payload sets the title from the id when the form mounts and after each autosave, in effects
  // that may follow this one in the same commit: the name is set in the next frame, as Payload sets
  // its own, and again whenever the title changes.
  useEffect(() => {
    if (value || title === untitled) return
    const frame = requestAnimationFrame(() => setDocumentTitle(untitled))
    return () => cancelAnimationFrame(frame)
  }, [value, title, untitled, setDocumentTitle])
  return null
}
