/** Swedish texts of the admin's Kolada panel and conflicts. */

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

export const formatValue = (value: number) => value.toLocaleString('sv-SE', { maximumFractionDigits: 6 })

export const koladaSummary = (answer: { added: number; changed: number; unchanged: number; conflicts: unknown[] }) =>
  `Klart: ${count(answer.added, 'nytt värde', 'nya värden')}, ${count(answer.changed, 'ändrat', 'ändrade')}, ` +
  `${count(answer.unchanged, 'oförändrat', 'oförändrade')}, ${count(answer.conflicts.length, 'konflikt', 'konflikter')}.`

export const openConflictsText = (n: number) =>
  n === 0 ? 'Inga öppna värdekonflikter.' : `${count(n, 'öppen värdekonflikt', 'öppna värdekonflikter')} att avgöra`
