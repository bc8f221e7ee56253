/** A programme as a follow-up query reads it: its years with assessments and the asked year's report. */
type ProgrammeWithFollowUp<Report> = { slug: string; title: string; years: number[]; followUp: Report | null }

/**
 * The programme and its report of `year`, as a query with `programme(slug) { years followUp(year) }`
 * read them; null when the programme is unknown or has no published assessment that year.
 */
export function followUpOfYear<Report, Programme extends ProgrammeWithFollowUp<Report>>(
  programme: Programme | null,
  year: number,
): { programme: Pick<Programme, 'slug' | 'title' | 'years'>; report: Report } | null {
  if (!programme?.followUp || !programme.years.includes(year)) return null
  return { programme: { slug: programme.slug, title: programme.title, years: programme.years }, report: programme.followUp }
}
