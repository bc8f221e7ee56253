import nodemailer, { type Transport } from 'nodemailer'
import type { EmailAdapter, Payload } from 'payload'

/** Without an SMTP server a mail is written to the server's log instead of sent. */
const logTransport = (payload: Payload): Transport => ({
  name: 'log',
  version: '1',
  send(mail, done) {
    const { to, subject, text } = mail.data
    payload.logger.info(`E-mail not sent (SMTP_URL is not set)\nTo: ${String(to)}\nSubject: ${subject}\n\n${String(text)}`)
    done(null, { envelope: mail.message.getEnvelope(), messageId: mail.message.messageId() })
  },
})

/**
 * Payload's e-mail adapter over nodemailer: SMTP from SMTP_URL (smtp://user:password@host:587, or
 * smtps://... for TLS from the start), sent from EMAIL_FROM; without SMTP_URL mails go to the log.
 * (@payloadcms/email-nodemailer does the same but is published only up to 3.90.1, and Payload refuses
 * to start beside a @payloadcms package of another version than its own.)
 */
export function emailAdapter(env: NodeJS.ProcessEnv = process.env): EmailAdapter {
  return ({ payload }) => {
    const transport = nodemailer.createTransport(env.SMTP_URL || logTransport(payload))
    const defaultFromAddress = env.EMAIL_FROM || 'uppfoljning@example.org'
    const defaultFromName = 'KMPP uppföljning'
    return {
      name: 'nodemailer',
      defaultFromAddress,
      defaultFromName,
      sendEmail: ({ from, ...message }) =>
        transport.sendMail({ ...message, from: from ?? { name: defaultFromName, address: defaultFromAddress } }),
    }
  }
}
