import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

let transport: Transporter | null | undefined;

function transporter(): Transporter | null {
  if (transport === undefined) transport = env().SMTP_URL ? nodemailer.createTransport(env().SMTP_URL) : null;
  return transport;
}

export function emailConfigured() {
  return !!env().SMTP_URL;
}

/** Sends when SMTP_URL is set; false otherwise, so callers can say the message was not emailed. */
export async function sendEmail(message: { to: string | string[]; subject: string; text: string }): Promise<boolean> {
  const t = transporter();
  if (!t) return false;
  try {
    await t.sendMail({ from: env().MAIL_FROM, ...message });
    return true;
  } catch (e) {
    console.error(`Email "${message.subject}" could not be sent:`, (e as Error).message);
    return false;
  }
}
