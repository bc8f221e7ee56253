/** Where a stored value came from, as a phrase in a Swedish sentence ("452 (inmatat för hand)"). */
export const SOURCE_PHRASES: Record<string, string> = { manual: 'inmatat för hand', spreadsheet: 'från kalkylblad', kolada: 'från Kolada' }
