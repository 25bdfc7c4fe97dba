/**
 * Writes COVERAGE.md: for each fake, which methods of the real interface it implements and the OAuth
 * scopes its methods need (from scopes.ts).
 * Run: `npx tsx local/emulator/coverage.ts` (a test checks the file is up to date).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { apiInterface } from './api';
import { registeredFakes } from './bridge';
import { classScopes, type Requirement } from './scopes';
import './services';
import './spreadsheet/range';
import './spreadsheet/sheet';
import './spreadsheet/protection';
import './spreadsheet/conditional';
import './spreadsheet/validation';

const NOTES = `## Value model and deliberate differences

**Cells.** A cell holds a Number, Boolean, Date or String; an empty cell reads as \`''\`. A date cell stores
its wall-clock time in the spreadsheet time zone (as Sheets stores a serial number), so changing the
spreadsheet time zone keeps the wall time and moves the instant, as in Sheets. Dates handed to the script
are instances of the script realm's \`Date\`.

**Writes behave like typing** (\`setValue\`, \`setValues\`, \`setFormula(s)\`, \`appendRow\`), for strings:
- a leading \`'\` stores the rest as text (the apostrophe is not kept);
- in a cell formatted \`@\` (plain text) the string is stored as is;
- a leading \`=\` makes a formula: \`getFormulas()\` returns it; **formulas are not evaluated**, so
  \`getValues()\` and \`getDisplayValues()\` return \`''\` for them;
- numeric text (\`42\`, \`-3.5\`, \`0042\`, \`1e3\`) becomes a Number; \`TRUE\`/\`FALSE\` a Boolean;
- \`yyyy-mm-dd\` and \`dd/MM/yyyy\` (optionally with \` HH:mm[:ss]\`) become a Date at that wall time in the
  spreadsheet time zone, and the cell gets the matching number format if it had none;
- other text starting with \`+\`, \`-\` or \`@\` (more than that one character) is a formula parse error: the
  value is \`#ERROR!\` and the formula \`=<text>\`;
- more than 50,000 characters is refused with the platform's text.

**Display** (\`getDisplayValues\`): numbers in en-US style (\`.\` decimal, \`,\` grouping) whatever the locale;
number patterns \`0\`, \`0.00\`, \`#,##0\`, \`#,##0.00\`, \`0%\`, \`@\` and Sheets date patterns (\`dd/MM/yyyy\`,
\`dd/MM/yyyy HH:mm\`, \`d mmm yyyy\`, …; \`m\` after \`h\` or before \`s\` is minutes) in the spreadsheet time zone.
A date without a format shows \`dd/mm/yyyy\`, or \`dd/mm/yyyy hh:mm:ss\` when it has a time of day. The
default \`getNumberFormat()\` is \`0.###############\`.

**Validation.** List, range and checkbox rules with \`setAllowInvalid(false)\` refuse other values written by the
script (\`The data you entered in cell B3 violates the data validation rules set on this cell.\`); other
criteria are stored and read back but not enforced.

**Protection.** New protections start with the owner and the spreadsheet's editors; the owner can always
edit. A user who is not an editor of a (non warning-only) protection cannot write values, formats, notes,
validations, merges or insert/delete rows there: \`You are trying to edit a protected cell or object. …\`.

**Executions.** One at a time. \`run\`/\`runAs\` are interactive (a user at the spreadsheet); trigger executions
are not (\`SpreadsheetApp.getUi()\` throws, \`getActiveSheet()\` is the first sheet) and run as the trigger's
creator (\`Session.getActiveUser()\` is the creator). Every counted call costs its planning cost (\`costs.ts\`: Spreadsheet 100 ms, FormApp item
calls 300 ms, …; \`npm run bench\` prints the table) of simulated time;
a call once 6 minutes have passed throws \`Exceeded maximum execution time\`, every later call too, and the
execution fails even if the script caught the error. \`Utilities.sleep\` advances the clock. Trigger executions
share a budget of 90 minutes a user in any 24 hours (6 h with \`workspace: true\`): a trigger starting with it
spent, or spending it mid-run, fails with \`Service using too much computer time for one day.\`.
Service errors reach the script as Errors of its realm with \`name = 'Exception'\` and the platform's text as
\`message\` (so \`String(e)\` is \`Exception: …\`); \`run\` rethrows that object and \`executions[].error\` holds
\`Exception: …\`.

**Identity.** Every execution runs as a user: \`run\` as the owner, \`runAs({ user })\` as that person at the
keyboard, an installable trigger as its creator (\`Session.getEffectiveUser()\`). Each user has their own
Gmail mailbox (\`gmail.deliver(raw, { user })\`, \`gmail.messages({ user })\`; default the owner's; message ids
never valid in another mailbox: \`getMessageById\` throws \`Invalid argument: id\`), their own daily recipient
quota (\`mailQuota\` each; \`mail.remainingToday(user)\`) and their own triggers (\`getProjectTriggers()\` lists
only the current user's, 20 a user). Mail an emulated user (owner, editors, anyone with a mailbox) sends to
another lands in that inbox; to oneself, in one's own inbox as well as Sent. Someone who is neither owner nor
editor cannot run \`onOpen\` or a menu item the script added (an emulator error: simple triggers do not run in
read-only mode, so a viewer has no menu); other calls reach the script, which checks who is calling.

**Time-driven triggers** fire when the host advances the clock, in time order, each as its own execution
(a failure is recorded and the clock goes on). Schedules are deterministic:
- \`everyMinutes(n)\` (n ∈ 1, 5, 10, 15, 30) / \`everyHours(n)\` (n ∈ 1, 2, 4, 6, 8, 12): n minutes / hours after
  creation, then every n (with \`nearMinute(m)\`, hourly at minute m);
- \`everyDays(n).atHour(h).nearMinute(m)\`: at h:m (m defaults to 0) in the trigger's time zone (\`inTimezone\`,
  else the script's), first on the first such time after creation, then every n days; without \`atHour\`, at
  the creation time of day; \`everyWeeks(n).onWeekDay(d)\` likewise weekly; \`onMonthDay(d)\` monthly;
- \`at(date)\`, \`atDate(y, m, d)\` (midnight in the trigger's zone), \`after(ms)\`: once; a one-time trigger stays
  listed (and counts toward the 20) until deleted.
The event object has exactly \`authMode, day-of-month, day-of-week (1 = Monday … 7 = Sunday), hour, minute,
month (1–12), second, timezone, triggerUid, week-of-year (ISO), year\`, in the trigger's time zone.

**Forms.** \`FormApp.create\` makes a form with stable integer item ids; \`openById\`/\`openByUrl\` (edit or published URL)
find it. \`setDestination(SPREADSHEET, id)\` accepts only the bound spreadsheet and adds, first in the workbook, a sheet
named as Sheets does in this locale (\`Câu trả lời biểu mẫu 1\`, then 2, …; localized — find it with
\`Sheet.getFormUrl()\`, not by name), headed \`Dấu thời gian\`, \`Địa chỉ email\` (when collecting email) and one column per
question (\`Title [Row]\` per grid row); each submission appends a row (answers stored like typed input, never as a
formula; checkboxes joined with \`, \`). Every call to \`setDestination\` adds a new sheet. \`Spreadsheet.getFormUrl()\`
returns the linked form's edit URL. \`FormResponse.submit()\` by a script stores the response and writes the row but fires
no trigger and checks no required question. \`emu.forms.submit\` is a respondent: the answers decide the pages
(an answered list or multiple-choice item whose choice navigates, else the next page break's "go to", applied on
leaving the page before it; the last page submits), required questions count only on pages visited (a required grid
needs every row), answers to skipped pages are refused (the real form would drop them), as are loops and RESTART;
then the form's and the destination spreadsheet's form-submit triggers fire, each as its own execution. Pre-filled
links use \`entry.<itemId>\` (grids \`entry.<itemId>.<row>\`), not Google's entry numbers.

**Gmail search** (\`local/emulator/gmail/search*.ts\`, from support.google.com/mail/answer/7190 and the Gmail API's
filtering guide; where they are silent, the stricter reading). A thread is found when one of its messages matches
the whole query. Words are whole words (no substrings, no stemming), case-insensitive, diacritics significant
(\`thang\` does not find \`tháng\`). A full address in \`from:\`/\`to:\`/\`cc:\`/\`bcc:\`/\`deliveredto:\` must be the
whole address; a part is a phrase of its words. \`to:\` covers To, Cc and Bcc; \`me\` is the mailbox owner.
Every delivered message gets \`Delivered-To: <mailbox>\` on top, as Gmail adds it (\`deliveredto:\` reads it): mail
through a group or an alias names them in To, a Bcc recipient is named nowhere else (received copies carry no Bcc).
\`label:\` is a user label's whole name in lower case with each space, \`/\`, \`&\`, \`(\`, \`)\`, \`{\`, \`}\`, \`|\`, \`"\`
written as one \`-\`, diacritics kept (\`label:đi-cơ-sở-đã-xử-lý\`), or that name in quotes; a parent does not find
its sub-labels. \`after:\`/\`before:\` \`YYYY/MM/DD\` are midnight Pacific time (PST/PDT), digits are epoch seconds;
\`older_than:\`/\`newer_than:\` take d, m (30 days) or y (365 days). \`size:\`/\`larger:\`/\`smaller:\` take bytes, K or M.
A query is never rejected: a malformed value or unknown operator is searched as text. Spam and Trash are searched
only for a query with \`in:spam\`, \`in:trash\` or \`in:anywhere\`; \`GmailLabel.getThreads\` leaves them out too.
Not modelled: stars, importance, categories, snoozing, drafts, chats (those operators find nothing) and \`AROUND\`
(an ordinary word here).

**Authorization.** Each class above lists the OAuth scopes its methods need (\`scopes.ts\`, from the reference pages'
"Authorization" sections). The grant is read once, when the emulator starts, from \`oauthScopes\` in the
\`appsscript.json\` beside the bundle (\`createEmulator({ oauthScopes })\` overrides it); a manifest without the field,
or inline code without a manifest, gets every scope of each service its source mentions. A script call the grant does
not cover throws \`You do not have permission to call FormApp.create. Required permissions: https://www.googleapis.com/auth/forms\`
(\`Exception\`), several acceptable scopes as \`(a || b)\`; host-side calls are not checked. Gmail methods accept the Gmail
API's scopes for the same operation (readers \`gmail.readonly\`/\`gmail.modify\`), as the pages' "or appropriate scopes
from the related REST API" and the platform's own refusals show. \`User.getEmail\` asks for \`userinfo.email\` though its
page lists none (stricter reading).

**Drive (advanced service v3).** The \`Drive\` global exists only when \`dependencies.enabledAdvancedServices\` of the
manifest enables it (\`createEmulator({ advancedServices })\` overrides). \`Drive.Files.create(resource, blob)\` with a Google
Sheet or Doc \`mimeType\` converts the upload (.xls through SheetJS, .doc through word-extractor's text, its tables laid out
again; .xlsx/.docx kept); \`export\` needs \`{ alt: 'media' }\` (as the live service) and returns a Blob of the .xlsx/.docx, at
most 10 MB; \`remove\` deletes for good. Files belong to their creator; with \`drive.file\` (not \`drive\`) only the files the
script created are reached, others are \`File not found: <id>.\`. Refusals are the REST API's:
\`GoogleJsonResponseException: API call to drive.files.create failed with error: Request had insufficient authentication scopes.\`
Not confirmed on the platform: \`Bad Request\` for an upload Drive cannot convert, and the size texts.

**Calendar** (\`local/emulator/calendar/\`). Every user has one default calendar, id and name their address, in the
script's time zone, and reaches only that one (\`getCalendarById\` of anyone else's is null: sharing, subscriptions, secondary
calendars, all-day events and series are not modelled). An event lives on its organizer's calendar and shows on each guest's
default calendar (\`getMyStatus\` INVITED until \`emu.calendar.respond\`); only the organizer may change it (a guest gets
\`Action not allowed\`), and a change or deletion shows on the guests' calendars at once. \`getEventById\` of an unknown or deleted
event is null; a handle kept after \`deleteEvent\` refuses every call (\`The event has been deleted.\`). \`getEvents\` finds the events
that start, end or span within \`[start, end)\`, by start time, options \`start\` and \`max\` only. \`sendInvites: true\` makes Calendar
email each guest (\`emu.calendar.invitations\`, delivered to a guest the emulator plays), outside the MailApp quota and
\`emu.mail.sent\`; \`addGuest\`, changes and \`deleteEvent\` send nothing (stricter reading: the script tells people itself). 5,000
events created a user a day (10,000 with \`workspace: true\`), then \`Service invoked too many times: Calendar.\`. Reads take
\`calendar\`, \`calendar.readonly\` or the feeds scope, changes \`calendar\` or feeds, as the reference pages list; \`calendar.events\`
grants nothing here. Not confirmed on the platform: the end-before-start text (\`Event start date must be before event end date.\`),
the deleted-event and guest texts, a bad guest address (\`Invalid argument: <address>\`), the invitation's wording.

**DocumentApp and DriveApp** share the Drive advanced service's files: a Doc is a Drive file in its maker's My Drive,
folders are files of the folder type, files belong to their maker (no sharing). Under \`drive.file\` DriveApp reaches
only what the script made (else \`No item with the given ID could be found. …\`); changes to other files need \`drive\`.
Edits reach the saved Doc (what \`getAs\`, \`getBlob\` and exports give) at \`saveAndClose()\` or when the execution ends;
a closed handle refuses content calls (\`Document is closed, its contents cannot be updated.\`). A new Doc is US Letter
with 72 pt margins and one empty paragraph; a section keeps its last paragraph. The DOCX export keeps paragraphs, styles,
lists, tables, page breaks and page setup; the PDF is text only in the standard Times fonts, so Vietnamese letters
outside Latin-1 lose their marks there (ệ as e). Not confirmed on the platform: the texts for bad offsets, colours
and widths (\`Invalid argument: …\`) and for a page break in a table.

**Other choices.** Sheet names are unique ignoring case. \`insertSheet\` puts the new sheet after the active one
(or at the index given) and activates it. A copy (\`Sheet.copyTo\`, \`insertSheet(name, index, { template })\`)
carries values, formats, number formats, validations, conditional-format rules (re-targeted to the copy), widths,
heights, frozen rows and columns, merges, tab colour and grid size, and counts toward the cell limit; it is named
\`Copy of <name>\` (then \`Copy of <name> 2\`, …) when no name is given, at the end for \`copyTo\`. Protections are
not copied (stricter reading: a script that copies a protected sheet protects the copy again). \`Ui.alert\` returns OK and \`Ui.prompt\` CLOSE with \`''\` when the host
queued no answer. Mail: the recipients of to, cc and bcc count against the daily quota, days in the script
time zone. \`Logger\` calls are counted (service \`Base\`); \`console\` is plain JavaScript and is not.
The script's \`Date\` uses the script time zone for local-time methods whatever the host's \`TZ\`.
\`node:vm\` is not a security boundary: the emulator is for testing your own bundle.

**Texts not confirmed on the platform** (marked [U] in APPS_SCRIPT_BEHAVIOUR.md, or not listed there), chosen
here: invalid \`everyMinutes\`/\`everyHours\` (\`Invalid argument: minutes. Valid values are 1, 5, 10, 15 and 30.\`),
a clock trigger without frequency, \`Limit Exceeded: Email Recipients Per Message.\`, \`Argument too large: subject\`,
the sheet-name length text, deleting the last sheet, hiding every sheet, \`Could not decode string.\`
(base64), the storage-quota text for a single property value over 9 KB, and in FormApp: an invalid item response
(\`Invalid response submitted to item.\`), mixing navigating and plain choices, a second \`submit()\`, an unknown form
(as SpreadsheetApp.openById), an unknown response id, a form without destination, a deleted item; in authorization: the
name the refusal gives a method of a non-global class (\`Ui.showSidebar\`, \`GmailMessage.reply\`), the one wording used for
every refusal (the platform also prints \`Specified permissions are not sufficient to call …\` and \`The script does not have
permission to perform that action.\`), and the Gmail alternatives other than \`GmailApp.sendEmail\` and \`GmailApp.getAliases\`.
`;

interface Row {
  name: string;
  iface: string;
  service: string;
  implemented: string[];
  missing: string[];
  enums: string[];
}

function scopeText(req: Requirement): string {
  return req.length === 0 ? 'no scope' : req.map((s) => `\`${s}\``).join(' or ');
}

/** `Scopes: every method needs A or B; \`openById\`: C; …`, grouping the methods that need the same. */
export function scopesLine(iface: string): string {
  const entry = classScopes(iface);
  const groups = new Map<string, { req: Requirement; methods: string[] }>();
  for (const [method, req] of Object.entries(entry.methods ?? {})) {
    const key = req.join(' ');
    const group = groups.get(key) ?? { req, methods: [] };
    group.methods.push(method);
    groups.set(key, group);
  }
  const parts = [...groups.values()].map(({ req, methods }) => `${methods.sort().map((m) => `\`${m}\``).join(', ')}: ${scopeText(req)}`);
  return [`Scopes: every method needs ${scopeText(entry.all)}`, ...parts].join('; ') + ` ([reference](${entry.source})).`;
}

function methodsOf(prototype: object): Set<string> {
  const names = new Set<string>();
  let p: object | null = prototype;
  while (p && p !== Object.prototype) {
    for (const n of Object.getOwnPropertyNames(p)) {
      if (n === 'constructor') continue;
      const d = Object.getOwnPropertyDescriptor(p, n);
      if (d && typeof d.value === 'function') names.add(n);
    }
    p = Object.getPrototypeOf(p) as object | null;
  }
  return names;
}

export function coverageRows(): Row[] {
  return registeredFakes()
    .map(({ prototype, meta }) => {
      const api = apiInterface(meta.iface);
      const own = methodsOf(prototype);
      const implemented: string[] = [];
      const missing: string[] = [];
      const enums: string[] = [];
      for (const [name, member] of api.members) {
        if (member.kind === 'property') {
          if (member.enumRef) enums.push(name);
          continue;
        }
        if (own.has(name)) implemented.push(name);
        else missing.push(name);
      }
      return { name: meta.name, iface: meta.iface, service: meta.service, implemented: implemented.sort(), missing: missing.sort(), enums: enums.sort() };
    })
    .sort((a, b) => (a.iface < b.iface ? -1 : a.iface > b.iface ? 1 : 0));
}

export function renderCoverage(): string {
  const rows = coverageRows();
  const total = rows.reduce((n, r) => n + r.implemented.length + r.missing.length, 0);
  const done = rows.reduce((n, r) => n + r.implemented.length, 0);
  const lines = [
    '# Emulator coverage',
    '',
    'Generated by `npx tsx local/emulator/coverage.ts` from the fakes and `@types/google-apps-script`; do not edit.',
    'A method listed as not implemented throws `Emulator: <Class>.<method> is not implemented` when the script',
    'touches it; enums listed are all available. A call whose scopes the manifest does not grant throws',
    '`You do not have permission to call <Class>.<method>. Required permissions: <scope>` (several acceptable',
    'scopes: `(a || b)`); a broader scope covers a narrower one (`spreadsheets` covers `spreadsheets.currentonly`).',
    '',
    `${rows.length} classes, ${done} of ${total} methods implemented.`,
    '',
    '| class | service | implemented | of |',
    '| --- | --- | ---: | ---: |',
    ...rows.map((r) => `| ${r.iface} | ${r.service} | ${r.implemented.length} | ${r.implemented.length + r.missing.length} |`),
    '',
  ];
  for (const r of rows) {
    lines.push(`## ${r.iface}`, '');
    lines.push(`Implemented (${r.implemented.length}): ${r.implemented.map((m) => `\`${m}\``).join(', ') || '—'}`, '');
    lines.push(`Not implemented (${r.missing.length}): ${r.missing.map((m) => `\`${m}\``).join(', ') || '—'}`, '');
    lines.push(scopesLine(r.iface), '');
    if (r.enums.length > 0) lines.push(`Enums: ${r.enums.map((m) => `\`${m}\``).join(', ')}`, '');
  }
  lines.push(NOTES);
  return lines.join('\n');
}

export const COVERAGE_FILE = path.join(__dirname, 'COVERAGE.md');

if (require.main === module) {
  fs.writeFileSync(COVERAGE_FILE, renderCoverage());
  process.stdout.write(`wrote ${COVERAGE_FILE}\n`);
}
