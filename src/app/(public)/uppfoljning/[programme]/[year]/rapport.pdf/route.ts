import { fetchPublicFollowUp } from '../follow-up-query'

/** The council's report of a programme's published follow-up as a PDF: /uppfoljning/kmpp-2017/2020/rapport.pdf */
export async function GET(_request: Request, { params }: { params: Promise<{ programme: string; year: string }> }) {
  const { programme, year } = await params
  const followUp = await fetchPublicFollowUp(programme, year)
  if (!followUp) {
    return new Response('Det finns ingen sådan uppföljning. Adressen är /uppfoljning/{program}/{år}/rapport.pdf.', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  // PDFKit loads with the first report asked for, not with the server, which loads every route at start.
  const { renderReportPdf } = await import('@/src/app/(public)/report/report-pdf')
  const pdf = await renderReportPdf(followUp)
  return new Response(new Uint8Array(pdf), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="uppfoljning-${followUp.programme.slug}-${followUp.report.year}.pdf"`,
    },
  })
}
