import type { Email } from '../ui/email';

/** One outgoing letter: `to` and `cc` are lists, joined here the way MailApp takes them. */
export interface OutgoingMail {
  to: readonly string[];
  cc: readonly string[];
  email: Email;
  /** Shown as the sender's name; replies go to `replyTo`. */
  senderName: string;
  replyTo: string;
  /** Files sent with it (the report's); never stored with a queued letter. */
  attachments?: GoogleAppsScript.Base.BlobSource[];
}

export interface MailPort {
  /** Recipients the account may still send to today (MailApp's own count). */
  remainingRecipients(): number;
  send(mail: OutgoingMail): void;
}

export const mailApp: MailPort = {
  remainingRecipients: () => MailApp.getRemainingDailyQuota(),
  send(mail) {
    MailApp.sendEmail({
      to: mail.to.join(','),
      cc: mail.cc.join(','),
      subject: mail.email.subject,
      body: mail.email.text,
      htmlBody: mail.email.html,
      name: mail.senderName,
      replyTo: mail.replyTo,
      ...(mail.attachments?.length ? { attachments: mail.attachments } : {}),
    });
  },
};
