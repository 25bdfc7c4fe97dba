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
  /** The unit's chapters (its tab): the table to send back lists them by name; none yet, a neutral example. */
  chapters?: readonly string[];
  /** The message says it carries a file but none arrived (intake/attachmentClaim.ts): the letter says so first. */
  attachmentMissing?: boolean;
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
    ...(input.attachmentMissing ? [paragraph({ strong: rejectionText.noAttachment }), paragraph(rejectionText.noAttachmentAsk(input.formLink !== null))] : []),
    paragraph(afterDeadline ? rejectionText.howIntroAfter(ways.length) : rejectionText.howIntro(deadline, ways.length)),
    numberedList(ways),
    ...tableTemplate(campaign, input.chapters ?? []),
  ];
  return composeLetter(campaign, letterText.unitRecipient(unit.name), rejectionText.subject(unit.name), blocks);
}

/** Beyond this many chapters the letter shows the first few of them rather than a very long table. */
const MAX_LISTED_CHAPTERS = 60;
/** Rows shown of a longer list: enough to show the shape, with the unit's own names. */
const SHOWN_OF_LONG_LIST = 3;

/**
 * The table the parsers read best: one row per chapter, one column per period of this campaign.
 * Rows are the unit's own chapters with their cells left to fill (a sample rating beside a real
 * chapter would read as the office's own judgement of it); a unit with none yet gets neutral rows.
 */
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
  const blank = head.slice(1).map(() => '');
  if (chapters.length > 0) {
    const long = chapters.length > MAX_LISTED_CHAPTERS;
    const shown = long ? chapters.slice(0, SHOWN_OF_LONG_LIST) : chapters;
    return [
      paragraph(long ? rejectionText.unitTableIntroLong(chapters.length, shown.length) : rejectionText.unitTableIntro),
      { kind: 'table', head, rows: shown.map((name) => [name, ...blank]), text: 'grid' },
      ...notes,
    ];
  }
  // Neutral rows, no chapter named (nothing reads as another unit's), showing how each column is filled:
  // a chapter to build, one to support, one with no registration; level indexes per period (the last repeats).
  const samples: [members: string, levels: number[], registration: string][] = [
    ['25', [0], REGISTRATION_LABELS.BUILD_STRONG],
    ['18', [2, 3], REGISTRATION_LABELS.SUPPORT],
    ['20', [1], ''],
  ];
  const rows = samples.map(([members, indexes, registration], i) => [
    rejectionText.exampleChapter(i + 1),
    members,
    ...campaign.periods.map((_, p) => levels[indexes[Math.min(p, indexes.length - 1)]]),
    registration,
  ]);
  return [paragraph(rejectionText.templateIntro), { kind: 'table', head, rows, text: 'grid' }, ...notes];
}
