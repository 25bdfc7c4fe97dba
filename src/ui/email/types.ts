import type { Campaign, Cadre, Unit } from '../../domain/campaign';

/** One email, ready for `MailApp.sendEmail({ subject, body: text, htmlBody: html })`. */
export interface Email {
  subject: string;
  text: string;
  html: string;
}

/** What the letters need from the campaign (a `Campaign` fits). */
export type LetterCampaign = Pick<Campaign, 'name' | 'office' | 'officeEmail' | 'deadline' | 'periods' | 'scale' | 'signer'>;

export type LetterUnit = Pick<Unit, 'name'>;
export type LetterCadre = Pick<Cadre, 'name'>;

/** How a submission arrived, as the `Nguồn` column of `Nhật ký nhận` names it. */
export type SubmissionChannel = 'Form' | 'Email' | 'Thủ công';
