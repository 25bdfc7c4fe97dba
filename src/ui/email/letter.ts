import { formatViDate } from '../../domain/calendarDays';
import { inOfficeWords, officeWords } from '../../domain/officeLevel';
import { upperVi } from '../../domain/text';
import { letterText, listPhrase } from './messages';
import { escapeHtml } from './html';
import { renderLetter, type Block } from './render';
import type { Email, LetterCampaign } from './types';

/**
 * The frame every letter shares: "[Đi cơ sở]" subject, "Kính gửi", "Trân trọng", the signature
 * block of the office's committee and the footer naming the campaign and the office address.
 */
export function composeLetter(campaign: LetterCampaign, recipient: string, subject: string, blocks: Block[]): Email {
  const email = renderLetter({
    subject: `${letterText.subjectPrefix} ${subject}`,
    recipient,
    blocks: [...blocks, { kind: 'paragraph', content: [letterText.closing] }],
    signature: signatureLines(campaign),
    footer: letterText.footer(campaign.name, campaign.office, campaign.officeEmail),
  });
  // Spoken by the office as it names itself: a Thành Đoàn's letters say "Văn phòng Thành Đoàn".
  const words = officeWords(campaign.office);
  return { subject: inOfficeWords(email.subject, words), text: inOfficeWords(email.text, words), html: inOfficeWords(email.html, words, escapeHtml) };
}

/**
 * "TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN" (the office's own committee: "TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", "TM.
 * BAN CHẤP HÀNH ĐOÀN XÃ"), the signer's title in capitals (as letters print it), then the name when
 * one is configured. Without a signer the letter is signed by the committee alone.
 */
export function signatureLines(campaign: Pick<LetterCampaign, 'signer' | 'office'>): string[] {
  const { signer } = campaign;
  const lines: string[] = [officeWords(campaign.office).onBehalf];
  if (signer?.title.trim()) lines.push(upperVi(signer.title));
  if (signer?.name.trim()) lines.push(signer.name.trim());
  return lines;
}

/** "năm 2015 và 6 tháng đầu năm 2016". */
export function periodsPhrase(campaign: Pick<LetterCampaign, 'periods'>): string {
  return listPhrase(campaign.periods.map((p) => p.label));
}

/** The label a campaign gives a period code, or the code itself for a period it does not collect. */
export function periodLabel(campaign: Pick<LetterCampaign, 'periods'>, code: string): string {
  return campaign.periods.find((p) => p.code === code)?.label ?? code;
}

export const viDate = formatViDate;
