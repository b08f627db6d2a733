import { plainText } from "../../../domain/notifications/message.ts";
import type { EmailConfig } from "../../../domain/notifications/schema.ts";
import { type Send, SendError } from "./adapter.ts";

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] as string);

/**
 * E-mail over SMTP (STARTTLS when the server offers it, TLS from the start with `secure`), plain text and
 * HTML. The Message-ID is the delivery's key, so a re-sent copy is recognisably the same message. nodemailer
 * is loaded at the first e-mail rather than at every start.
 */
export const sendEmail: Send<EmailConfig> = async (config, { message, address, idempotencyKey }) => {
  if (!address) throw new SendError("no e-mail address");
  const { default: nodemailer } = await import("nodemailer");
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    ...(config.user && { auth: { user: config.user, pass: config.password ?? "" } }),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  try {
    await transport.sendMail({
      from: config.from,
      to: address,
      subject: message.title,
      text: plainText(message),
      html: `<p><strong>${escapeHtml(message.title)}</strong></p><p>${message.lines.map(escapeHtml).join("<br>")}</p><p><a href="${escapeHtml(message.url)}">查看详情</a></p>`,
      messageId: `<${idempotencyKey}@bulwark>`,
      headers: { "X-Idempotency-Key": idempotencyKey },
    });
  } catch (err) {
    throw new SendError(`SMTP: ${(err as Error).message}`);
  } finally {
    transport.close();
  }
};
