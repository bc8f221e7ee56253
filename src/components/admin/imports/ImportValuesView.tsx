import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { hasRole } from '@/collections/access'
import { rowsText, SPREADSHEET_LIMITS, sizeText } from '@/src/values/spreadsheet/limits'
import { AdminPage, signedInUser } from '../AdminPage'
import { ImportValuesForm } from './ImportValuesForm'

/** "Importera värden": a strategist brings indicator values in from a spreadsheet. */
export function ImportValuesView(view: AdminViewServerProps) {
  const user = signedInUser(view)
  const { payload } = view.initPageResult.req
  const importsList = formatAdminURL({ adminRoute: payload.config.routes.admin, path: '/collections/imports', relative: true })
  return (
    <AdminPage view={view} title="Importera värden">
      {!hasRole(user, 'admin', 'strategist') ? (
        <p>Bara klimatstrateger får importera värden.</p>
      ) : (
        <>
          <p>
            Ladda upp en CSV-fil (UTF-8, avgränsad med semikolon eller komma) eller en Excel-arbetsbok (XLSX, första bladet) med kolumnerna{' '}
            <strong>indikator</strong>, <strong>år</strong>, <strong>värde</strong> och, om du vill, <strong>not</strong>. Indikatorn anges
            med sitt id, sitt nyckeltal i Kolada eller sitt namn exakt som det står här. Högst {sizeText(SPREADSHEET_LIMITS.bytes)} och{' '}
            {rowsText(SPREADSHEET_LIMITS.rows)} rader.
          </p>
          <p>
            Du ser först vad filen skulle lägga till och ändra. Inget skrivs förrän du väljer Importera, och en import kan ångras från{' '}
            <a href={importsList}>listan över importer</a> så länge ingen har ändrat värdena efteråt.
          </p>
          <ImportValuesForm api={payload.config.routes.api} importsList={importsList} />
        </>
      )}
    </AdminPage>
  )
}
