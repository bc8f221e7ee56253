import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { hasRole } from '@/collections/access'
import { rowsText, SPREADSHEET_LIMITS, sizeText } from '@/src/values/spreadsheet/limits'
import { ImportValuesForm } from './ImportValuesForm'

/** "Importera värden": a strategist brings indicator values in from a spreadsheet. */
export async function ImportValuesView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const { payload, user } = req
  const admin = payload.config.routes.admin
  if (!user) redirect(formatAdminURL({ adminRoute: admin, path: '/login', relative: true }))
  const importsList = formatAdminURL({ adminRoute: admin, path: '/collections/imports', relative: true })
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>Importera värden</h1>
        {!hasRole(user, 'admin', 'strategist') ? (
          <p>Bara klimatstrateger får importera värden.</p>
        ) : (
          <>
            <p>
              Ladda upp en CSV-fil (UTF-8, avgränsad med semikolon eller komma) eller en Excel-arbetsbok (XLSX, första bladet) med
              kolumnerna <strong>indikator</strong>, <strong>år</strong>, <strong>värde</strong> och, om du vill, <strong>not</strong>.
              Indikatorn anges med sitt id, sitt nyckeltal i Kolada eller sitt namn exakt som det står här. Högst{' '}
              {sizeText(SPREADSHEET_LIMITS.bytes)} och {rowsText(SPREADSHEET_LIMITS.rows)} rader.
            </p>
            <p>
              Du ser först vad filen skulle lägga till och ändra. Inget skrivs förrän du väljer Importera, och en import kan ångras från{' '}
              <a href={importsList}>listan över importer</a> så länge ingen har ändrat värdena efteråt.
            </p>
            <ImportValuesForm api={payload.config.routes.api} importsList={importsList} />
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
