/** A description written over several source lines, given as the one line the schema has always had. */
export const oneLine = (text: string) => text.trim().replace(/\s*\n\s*/g, ' ')
