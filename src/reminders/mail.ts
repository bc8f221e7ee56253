import type { ReminderOccasion } from './occasion'

export type ReminderMail = { subject: string; text: string }

type MailInput = {
  occasion: ReminderOccasion
  year: number
  /** The last day to report, yyyy-mm-dd. */
  deadline: string
  goals: Array<{ code: string; text: string }>
  /** "Mina etappmål" in the admin, as an absolute address. */
  link: string
}

/** The reminder's Swedish text: which goals are still to be reported, by when, and where. */
export function reminderMail({ occasion, year, deadline, goals, link }: MailInput): ReminderMail {
  const before = occasion === 'before-deadline'
  const subject = before
    ? `Påminnelse: uppföljningen ${year} ska rapporteras senast ${deadline}`
    : `Uppföljningen ${year}: sista dagen för rapportering (${deadline}) har passerat`
  const lead = before
    ? `Uppföljningen ${year} av klimat- och miljöpolitiska programmet ska rapporteras senast ${deadline}.`
    : `Sista dagen för att rapportera uppföljningen ${year} var ${deadline}, och vi saknar fortfarande er rapportering.`
  const text = [
    'Hej!',
    '',
    lead,
    `Dessa etappmål är ännu inte inskickade (eller har skickats tillbaka för komplettering):`,
    '',
    ...goals.map((goal) => `- ${goal.code} ${goal.text}`),
    '',
    `Rapportera under Mina etappmål: ${link}`,
    '',
    'Hälsningar,',
    'Klimatstrategerna, Haninge kommun',
  ].join('\n')
  return { subject, text }
}
