/** Swedish texts of the admin's spreadsheet import. */

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

export const formatNumber = (value: number) => value.toLocaleString('sv-SE', { maximumFractionDigits: 6 })

export const planSummary = (answer: { added: unknown[]; changed: unknown[]; unchanged: unknown[] }) =>
  `${count(answer.added.length, 'nytt värde', 'nya värden')}, ${count(answer.changed.length, 'ändrat', 'ändrade')} och ` +
  `${count(answer.unchanged.length, 'oförändrat', 'oförändrade')}`

export const errorsSummary = (n: number) =>
  `${count(n, 'fel', 'fel')} i filen. Rätta ${n === 1 ? 'det' : 'dem'} och ladda upp filen igen: inget importeras så länge något fel finns.`
