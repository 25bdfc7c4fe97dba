import { daysBetween } from '../../domain/calendarDays';
import { SCALES } from '../../domain/ratings';
import { REGISTRATION_LABELS } from '../../domain/registration';
import { composeLetter, viDate } from './letter';
import { duesText, letterText, listPhrase, rejectionText } from './messages';
import { numberedList, paragraph, type Block, type Inline } from './render';
import type { Email, LetterCampaign, LetterUnit, SubmissionChannel } from './types';

/** What the `Báo lỗi` reply needs: a registered unit sent something nothing could be read from. */
export interface RejectionInput {
  campaign: LetterCampaign;
  unit: LetterUnit;
  /** The submission's short code (`Số hiệu` of its log row, `TT-0912-03`), quoted so the office can find the row; never a machine id. */
  reference: string;
  /** Why nothing was recorded, in Vietnamese (the parser's or intake's reason). */
  reason: string;
  /** The subject of the unit's email, quoted so the unit knows which message this answers; null for none. */
  subject: string | null;
  /** Local `YYYY-MM-DD` it arrived, or null. */
  receivedDay: string | null;
  /** Local `YYYY-MM-DD` of the reply. */
  today: string;
  formLink: string | null;
  /** How it arrived; an email by default. */
  channel?: SubmissionChannel;
  /** The unit's chapters: the table to send back lists them, to be rated one by one, instead of examples. */
  chapters?: readonly string[];
}

/** `Báo lỗi`: the reason, then what to send instead — the form, or a table in the expected shape. */
export function rejectionEmail(input: RejectionInput): Email {
  const { campaign, unit } = input;
  const deadline = viDate(campaign.deadline);
  const afterDeadline = daysBetween(campaign.deadline, input.today) > 0;
  const ways: Inline[][] = [];
  if (input.formLink) ways.push([duesText.howForm, { href: input.formLink, label: duesText.formLinkLabel }]);
  ways.push([rejectionText.howTable(campaign.officeEmail)]);
  const blocks: Block[] = [
    paragraph(
      input.channel === 'Form'
        ? rejectionText.receivedForm(input.receivedDay && viDate(input.receivedDay), input.reference)
        : rejectionText.received(input.subject, input.receivedDay && viDate(input.receivedDay), input.reference),
    ),
    paragraph(rejectionText.reason, { strong: input.reason }),
    paragraph(afterDeadline ? rejectionText.howIntroAfter(ways.length) : rejectionText.howIntro(deadline, ways.length)),
    numberedList(ways),
    ...tableTemplate(campaign, input.chapters ?? []),
  ];
  return composeLetter(campaign, letterText.unitRecipient(unit.name), rejectionText.subject(unit.name), blocks);
}

/** Beyond this many chapters the letter shows the sample rows rather than a very long table. */
const MAX_LISTED_CHAPTERS = 60;

/** The table the parsers read best: one row per chapter, one column per period of this campaign. */
function tableTemplate(campaign: LetterCampaign, chapters: readonly string[]): Block[] {
  const levels = SCALES[campaign.scale].levels.map((level) => level.label);
  const notes = [
    paragraph(rejectionText.ratingNote(listPhrase(levels, 'hoặc'))),
    paragraph(rejectionText.registrationNote(REGISTRATION_LABELS.BUILD_STRONG, REGISTRATION_LABELS.SUPPORT)),
  ];
  const head = [
    rejectionText.columnChapter,
    rejectionText.columnMembers,
    ...campaign.periods.map((p) => rejectionText.columnRating(p.label)),
    rejectionText.columnRegistration,
  ];
  if (chapters.length > 0 && chapters.length <= MAX_LISTED_CHAPTERS) {
    const blank = head.slice(1).map(() => '');
    return [paragraph(rejectionText.unitTableIntro), { kind: 'table', head, rows: chapters.map((name) => [name, ...blank]), text: 'grid' }, ...notes];
  }
  // Three sample rows: a strong chapter to build, a weak one to support, one with no registration.
  // Each gives level indexes per period (the last one repeats), so any number of periods fits.
  const samples: [letter: string, members: string, levels: number[], registration: string][] = [
    ['A', '25', [0], REGISTRATION_LABELS.BUILD_STRONG],
    ['B', '18', [2, 3], REGISTRATION_LABELS.SUPPORT],
    ['C', '20', [1], ''],
  ];
  const rows = samples.map(([letter, members, indexes, registration]) => [
    rejectionText.exampleChapter(letter),
    members,
    ...campaign.periods.map((_, i) => levels[indexes[Math.min(i, indexes.length - 1)]]),
    registration,
  ]);
  return [
    paragraph(rejectionText.templateIntro),
    { kind: 'table', head, rows, text: 'grid' },
    ...notes,
  ];
}
