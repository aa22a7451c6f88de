/**
 * E-mail delivery through SMTP (SMTP_URL, e.g. smtp://user:pass@mail.example.com:587) with
 * nodemailer: a plain-text body with the link back into the chat, and the message's JSON attached.
 */
import nodemailer from "nodemailer";
import type { DeliveryMessage, SendResult } from "./message.ts";

export interface EmailConfig {
  smtpUrl: string;
  /** Sender address (SMTP_FROM). */
  from: string;
}

/** A sender bound to one SMTP transport (connections are pooled by nodemailer per transport). */
export function createEmailSender(config: EmailConfig) {
  const transport = nodemailer.createTransport(config.smtpUrl);
  return async (to: readonly string[], message: DeliveryMessage): Promise<SendResult> => {
    try {
      await transport.sendMail({
        from: config.from,
        to: [...to],
        subject: message.title,
        text: message.link
          ? `${message.text}\n\nAsk about it in the chat: ${message.link}\n`
          : `${message.text}\n`,
        attachments: [
          {
            filename: "data.json",
            content: JSON.stringify(message.data, null, 2),
            contentType: "application/json",
          },
        ],
      });
      return { ok: true };
    } catch (e) {
      return { ok: false, error: `SMTP: ${(e as Error).message}` };
    }
  };
}
