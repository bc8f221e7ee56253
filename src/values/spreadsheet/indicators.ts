/** An indicator as a spreadsheet may name it. */
export type NamedIndicator = { id: string; name: string; koladaKpi?: string | null }

export type FoundIndicator = { id: string; name: string } | { problem: string }

/**
 * Finds the indicator a cell names: by its ID, its Kolada KPI or its exact Swedish name, in that
 * order. A name that two indicators share names neither.
 */
export function indicatorFinder(indicators: NamedIndicator[]): (text: string) => FoundIndicator {
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]))
  const byKpi = new Map(indicators.filter((indicator) => indicator.koladaKpi).map((indicator) => [indicator.koladaKpi, indicator]))
  const byName = new Map<string, NamedIndicator[]>()
  for (const indicator of indicators) byName.set(indicator.name, [...(byName.get(indicator.name) ?? []), indicator])
  return (text) => {
    const found = byId.get(text) ?? byKpi.get(text.toUpperCase())
    if (found) return { id: found.id, name: found.name }
    const named = byName.get(text) ?? []
    if (named.length === 1) return { id: named[0].id, name: named[0].name }
    if (named.length > 1) return { problem: `Flera indikatorer heter "${text}": ange indikatorns id i stället.` }
    return {
      problem: `Okänd indikator "${text}". Ange indikatorns id, dess nyckeltal i Kolada eller dess namn exakt som det står i admin.`,
    }
  }
}
