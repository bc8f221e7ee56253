'use client'
import { useConfig, useDocumentInfo, useDocumentTitle, useFormFields, useStepNav, useTranslation } from '@payloadcms/ui'
import { useLayoutEffect } from 'react'

import { UNTITLED } from './admin-translations'

/**
 * Payload names a document without a title by its id, in the breadcrumb and the heading: a news
 * item's draft, created at once by autosave, read as a UUID. This names it "Utan rubrik" instead.
 */
export function UntitledDocumentTitle() {
  const { id, collectionSlug } = useDocumentInfo()
  const { getEntityConfig } = useConfig()
  const collection = getEntityConfig({ collectionSlug })
  const useAsTitle = (collection && 'useAsTitle' in collection.admin && collection.admin.useAsTitle) || 'id'
  const value = useFormFields(([fields]) => fields[useAsTitle]?.value)
  const { title, setDocumentTitle } = useDocumentTitle()
  const { stepNav, setStepNav } = useStepNav()
  const { t } = useTranslation()
  const untitled = t(UNTITLED as never)
  // Payload names the document by its id in effects of its own: when the form mounts and after each
  // autosave. Renaming it in a layout effect renders again before the browser paints, so after an
  // autosave the id never shows (renamed a frame later, it flashed). When the form mounts, Payload's
  // effect may follow in the same batch and win: the next frame renames it again.
  useLayoutEffect(() => {
    if (value || title === untitled) return
    setDocumentTitle(untitled)
    const frame = requestAnimationFrame(() => setDocumentTitle(untitled))
    return () => cancelAnimationFrame(frame)
  }, [value, title, untitled, setDocumentTitle])
  // The breadcrumb copies the title in a passive effect of Payload's, which may run with the id
  // before the title above is renamed: it is renamed as it renders, before the browser paints.
  useLayoutEffect(() => {
    const last = stepNav.at(-1)
    if (value || id === undefined || !last || last.label !== String(id)) return
    setStepNav([...stepNav.slice(0, -1), { ...last, label: untitled }])
  }, [value, id, stepNav, untitled, setStepNav])
  return null
}
