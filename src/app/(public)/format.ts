/** How the public pages write numbers and dates: Swedish conventions, Swedish time. */
const numberFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 })
const percentFormat = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 })
const dateFormat = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Stockholm' })

/** 1234.5 -> "1 234,5" */
export function formatNumber(value: number): string {
  return numberFormat.format(value)
}

/** 0.625 -> "63 %" */
export function formatShare(share: number): string {
  return percentFormat.format(share)
}

/** "2020-06-15T08:00:00.000Z" -> "15 juni 2020" (the day in Sweden). */
export function formatDate(isoDate: string): string {
  return dateFormat.format(new Date(isoDate))
}
