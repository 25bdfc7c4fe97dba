/**
 * The entry: every function Apps Script calls is exported here, and build.mjs turns each export
 * into a top-level function. Names ending in `_` are hidden from google.script.run.
 */
import { requireEditor } from './app/office/access';
import { loadDashboard, type Dashboard } from './app/sidebar/dashboard';
import { readPollReport } from './app/intake/pollReport';
import { loadReviewQueue, type ReviewQueue } from './app/sidebar/reviewQueue';
import { chapterBook, decideChapterIn, validChapterDecision, type ChapterDecision, type ChapterDecisionOutcome } from './app/intake/chapterDecisions';
import { loadPendingChapters, type PendingChapterView } from './app/sidebar/pendingChaptersView';
import { validMessageId, validPaperEntry, validReason, validRemember, validUnitId, type SidebarClock } from './app/sidebar/sidebarApi';
import { recordPaperEntryIn, type PaperOutcome } from './app/intake/paperIntake';
import type { PaperEntry } from './domain/paperEntry';
import { activateUnitTab, loadUnitDetail, type UnitDetail } from './app/sidebar/unitDetail';
import { pollMailboxIn, type PollDeps, type PollOutcome } from './app/intake/mailbox';
import { queueReviewIn, resolveReviewIn, type ReviewOutcome } from './app/intake/review';
import { previewRejectionIn, type RejectionPreview } from './app/intake/reviewRejection';
import { queueReplayIn, replayIn, type ReplayOutcome } from './app/intake/replay';
import type { ReviewDecision } from './app/office/officeActions';
import { claimTriggers, isOfficeAccount, POLL_MINUTES, type TriggerOwnership } from './app/office/officeActionsOwner';
import { officeActionMessages } from './app/office/officeActionsMessages';
import { carryOutOfficeActions, officeAtKeyboard, officeQueue } from './entries/officeWork';
import { addMenu } from './app/setup/menu';
import { formSyncMessages, lockMessages, MENU, SIDEBAR_TITLE, setupMessages, summaryMessages } from './app/messages';
import { refreshSummaryIn } from './app/reports/refreshSummary';
import { formStartedForAddedUnits, needsCampaign, runSetup, type SetupOutcome } from './app/setup/setup';
import { endStaging } from './app/setup/setupBuild';
import { CONTINUE_SETUP, setupDeps, showSetupOutcome, type ExecutionTiming } from './entries/setupWiring';
import { formatDate } from './gas/dates';
import { localDayKey } from './domain/submissionCode';
import { gmailMailbox } from './gas/gmail';
import { scriptOfficeActionStore } from './gas/officeActionStore';
import { driveConverter } from './gas/drive';
import { driveArchive } from './gas/archive';
import { currentAccount, deleteTriggersOf, ensureDaily, ensureEveryMinutes, ensureOneOff } from './gas/triggers';
import { mailApp } from './gas/mail';
import { ensureFormSubmitTrigger, formKit, hasTriggerFor, hasUnitsForm, linkedFormResponse, linkedFormResponsesSince, unitsForm } from './gas/forms';
import { formBuildPending, syncFormIn, type FormDeps, type FormSyncOutcome } from './app/setup/formSync';
import { FORM_ID_KEY } from './form/records';
import { formBuildMessages } from './app/setup/formBuildMessages';
import { handleFormSubmissionIn } from './app/intake/formIntake';
import { readFormResponse } from './form/responses';
import { checkDeadlinesIn } from './app/notices/deadlines';
import type { NoticeDeps } from './app/notices/notices';
import { queueReminderIn, sendReminderNowIn, type RemindOutcome } from './app/notices/remindNow';
import { queueAllRemindersIn, remindAllLateIn } from './app/notices/remindAll';
import { listSheets, openSheets, SETUP_STAGING_SHEET, type ListedSheets, type WorkbookSheets } from './workbook/sheets';
import { sidebarPage } from './gas/html';
import { lockTurns, noteSheetWrites, tryWithScriptLock, withScriptLock } from './gas/lock';
import { activeUserEmail } from './gas/session';
import { activeSpreadsheet, spreadsheetUi } from './gas/spreadsheet';
import { scriptStore, scriptStoreReadOnce, type KeyValueStore } from './gas/properties';
import { knownCadreNames, rememberCadreNames } from './app/sidebar/cadreNames';
import { checkInstallationIn } from './app/setup/installationCheckRun';
import { CHECK_TITLE } from './app/setup/installationCheckMessages';
import { formatReport, type InstallationReport } from './app/setup/installationReport';
import { installationPorts } from './gas/installationPorts';
import { makeReportNow, sendReportNow, type ReportOutcome, type SendReportOutcome } from './entries/reportWiring';
import { reportMessages } from './app/reports/reportMessages';
import { syncVisitsIn } from './app/visits/visitSync';
import type { OfficeInvitationOutcome } from './app/visits/officeEntry';
import type { VisitEntry } from './domain/visitEntry';
import { cadreBoardRead, goodPracticesRead, proposalsRead, proposalStatusAtKeyboard, submitInvitationAtKeyboard, visitClock, visitSyncDeps } from './entries/visitsWiring';
import type { CadreBoard, GoodPractice, ProposalItem, ProposalList } from './app/visits/followUp';
import { importEarlierNow, type ImportEarlierOutcome } from './entries/carryOverWiring';
import { applyVisitReviewAtKeyboard, cadreFormSubmitted, catchUpCadreFormNow, ensureCadreFormNow } from './entries/cadreFormWiring';
import type { ApplyReviewOutcome } from './app/visits/cadreFormIntake';
import { CADRE_FORM_LINK_KEY } from './form/cadreForm';

/** A moment's calendar day (`YYYY-MM-DD`) in the campaign's time zone. */
// Computed in the script (Intl), not by Utilities.formatDate: the poll asks it of every message.
const localDay = localDayKey;
const localClock = (date: Date, timeZone: string): string => formatDate(date, timeZone, 'HH:mm');
/** Where reported chapters that look like one of the unit's wait for the office. */
const chapterBook_ = () => chapterBook(scriptStore());

/** Simple trigger: adds the `Đi cơ sở` menu when the workbook opens. */
export function onOpen(): void {
  addMenu(spreadsheetUi());
}

/**
 * Menu item: first run asks for a campaign (or uses the built-in one); later runs go on with an
 * unfinished first setup, or add what is missing.
 */
export function setup(): void {
  const started = Date.now();
  const ui = spreadsheetUi();
  const ss = activeSpreadsheet();
  // The prompt waits for the office, so the lock is not held across it: a workbook already set up
  // (or being set up) is carried on at once; a new one is looked at again under the lock once the
  // campaign is given. A look first (a reader's hold); setup says when it writes (setUpUnderLock_).
  const look = tryWithScriptLock(() => {
    const sheets = listSheets(ss);
    return needsCampaign(sheets) ? null : setUpUnderLock_(sheets, null, started, true);
  }, { readOnly: true });
  if (!look.ok) return void ui.alert(lockMessages.busy);
  let result = look.value;
  if (!result || result.outcome.kind === 'needsCampaign') {
    const answer = ui.prompt(setupMessages.promptTitle, setupMessages.promptBody, ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) {
      ui.alert(setupMessages.cancelled);
      return;
    }
    const campaignText = answer.getResponseText();
    const done = tryWithScriptLock(() => setUpUnderLock_(listSheets(ss), campaignText, started, true));
    if (!done.ok) return void ui.alert(lockMessages.busy);
    result = done.value;
  }
  showSetupOutcome(ui, result.outcome, result.form);
  const triggers = result.triggers;
  if (triggers?.kind === 'other') {
    ui.alert(officeActionMessages.triggersOwnedTitle, officeActionMessages.triggersOwnedBody(triggers.owner, currentAccount()), ui.ButtonSet.OK);
  }
  if (result.outcome.kind === 'created') addMenu(ui);
}

interface SetupResult {
  outcome: SetupOutcome;
  form: FormSyncOutcome | null;
  /** Whose the triggers are: another account's when an editor who is not the office runs setup. */
  triggers: TriggerOwnership | null;
}

/** `campaignText` null: none given (the continuation, the menu's first look). */
function setUpUnderLock_(sheets: ListedSheets, campaignText: string | null, started: number, fromMenu: boolean): SetupResult {
  // Going on with a first setup writes from the start: said before the first write.
  if (sheets.has(SETUP_STAGING_SHEET)) noteSheetWrites();
  // The script's properties read once for the whole setup (the extension's record, the trigger owner, the cadres).
  const store = scriptStoreReadOnce();
  const deps = setupDeps(fromMenu, store, executionTiming_(started));
  const outcome = runSetup(sheets, deps, campaignText);
  const finished = finishSetup_(outcome, started, store);
  if (outcome.kind === 'extended' && outcome.addedIds.length > 0) formStartedForAddedUnits(store);
  if (outcome.kind === 'created') {
    // Last: until the staging sheet goes, any run (or the continuation) finishes the setup again.
    deps.continuation.cancel();
    endStaging(sheets);
  }
  // A second setup that adds nothing writes no sheet; anything else did (long runs must read again).
  const wrote = outcome.kind === 'created' || outcome.kind === 'building' || (outcome.kind === 'extended' && (outcome.addedUnits.length > 0 || outcome.recreated.length > 0));
  if (wrote || finished.form) noteSheetWrites();
  return { outcome, ...finished };
}

/** Setup without dialogs, for the local CLI and tests: campaign JSON text, or '' for the built-in campaign. */
export function setupFromCampaign_(campaignJson: string): SetupOutcome {
  const started = Date.now();
  return withScriptLock(() => setUpUnderLock_(listSheets(activeSpreadsheet()), campaignJson, started, false).outcome);
}

/**
 * One-off trigger: carries an unfinished first setup on for one execution (it schedules itself
 * again when more is left); once the workbook is complete, the form's build starts from here.
 */
export function continueSetup(): void {
  const started = Date.now();
  const ss = activeSpreadsheet();
  requireEditor(ss, activeUserEmail());
  const done = tryWithScriptLock(() => {
    // The trigger that started this run stays listed until deleted; the setup schedules a new one if needed.
    deleteTriggersOf(CONTINUE_SETUP);
    const sheets = listSheets(ss);
    // Finished meanwhile (a menu run): nothing to carry on.
    if (sheets.has(SETUP_STAGING_SHEET)) setUpUnderLock_(sheets, null, started, false);
  });
  if (done.ok) return;
  // Another execution kept the lock: try again in a minute rather than leave the setup waiting for the office.
  deleteTriggersOf(CONTINUE_SETUP);
  ensureOneOff(CONTINUE_SETUP, CONTINUE_GAP_MS);
}

/**
 * Once the workbook is set up (under the caller's script lock): the cadres' names remembered for
 * the dashboard, the mailbox poll every 10 minutes and the daily deadline check (each installed
 * once, by the account recorded as the triggers' owner: another editor's setup installs none and
 * is told whose they are), and the units' form built, or extended with the units setup added, as
 * far as this execution's time allows (a one-off trigger finishes it).
 */
function finishSetup_(outcome: SetupOutcome, started: number, store: KeyValueStore): Omit<SetupResult, 'outcome'> {
  if (outcome.kind !== 'created' && outcome.kind !== 'extended') return { form: null, triggers: null };
  rememberCadreNames(store, outcome.cadres);
  const triggers = claimTriggers(store, currentAccount());
  if (triggers.kind === 'mine') {
    ensureEveryMinutes('pollMailbox', POLL_MINUTES);
    ensureDaily('checkDeadlines', outcome.schedule.hour, outcome.schedule.timeZone);
  }
  // A second setup touches the form when it added units (chapter edits: the syncForm menu item),
  // or when a build is unfinished and nothing carries it on (its continuation was never set: the
  // run died before). The sync also brings any other changed section up to date, at the cost of
  // those sections only. Setup's build always has a continuation while it is unfinished.
  const stranded = formBuildPending(store) && !hasTriggerFor(CONTINUE_FORM_BUILD);
  const needsForm = outcome.kind === 'created' || outcome.addedIds.length > 0 || stranded || (!store.get(FORM_ID_KEY) && !hasUnitsForm(activeSpreadsheet()));
  // The cadres' form (Báo cáo kết quả đi cơ sở), ~25 calls, made once before the units' form's
  // build, which continues in later executions: a setup that dies in either is run again by its
  // continuation (or the office) and finds this one made. A workbook set up before it gains it here.
  // A large first setup that used its time on the tabs leaves it to the form's continuation.
  const cadreForm = executionTiming_(started).timeLeft() > CADRE_FORM_RESERVE_MS;
  if (cadreForm) ensureCadreFormNow(store, triggers.kind === 'mine');
  const form = needsForm ? syncFormIn(formDeps_(started), 'start', true) : null;
  if (!cadreForm) ensureOneOff(CONTINUE_FORM_BUILD, executionTiming_(started).continueAfterMs());
  return { form, triggers };
}

/**
 * The one-off trigger that carries an unfinished form build on. It is scheduled when a step starts,
 * to fire a minute after that step's execution can have ended (Apps Script stops any at 6 minutes):
 * a step that dies still has its continuation, and the continuation never waits on the lock of
 * the step before it.
 */
const CONTINUE_FORM_BUILD = 'continueFormBuild';
/** What making the cadres' form may take at the planning costs (~25 Form calls), with a margin. */
const CADRE_FORM_RESERVE_MS = 45_000;
const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
const CONTINUE_GAP_MS = 60 * 1000;

/**
 * This execution's time, from when it started: what is left of the run budget, and how long from
 * now a continuation should wait so as to fire after Apps Script would have stopped this execution.
 */
function executionTiming_(started: number): ExecutionTiming {
  return {
    timeLeft: () => RUN_BUDGET_MS - (Date.now() - started),
    continueAfterMs: () => Math.max(0, EXECUTION_LIMIT_MS - (Date.now() - started)) + CONTINUE_GAP_MS,
  };
}

function formDeps_(started: number): FormDeps {
  const ss = activeSpreadsheet();
  const timing = executionTiming_(started);
  return {
    ss,
    unitsForm: (title, recordedId) => unitsForm(ss, title, recordedId),
    kit: formKit(),
    // The form's submit trigger is the triggers' owner's, like the others: another editor's sync installs none.
    ensureSubmitTrigger: (form) => {
      if (isOfficeAccount(scriptStore(), currentAccount())) ensureFormSubmitTrigger(form, 'onFormSubmit');
    },
    store: scriptStoreReadOnce(),
    timeLeft: timing.timeLeft,
    continuation: {
      schedule: () => void ensureOneOff(CONTINUE_FORM_BUILD, timing.continueAfterMs()),
      cancel: () => deleteTriggersOf(CONTINUE_FORM_BUILD),
    },
  };
}

/** Menu item: builds the units' form, or updates it in place after units or chapters changed. */
export function syncForm(): void {
  const started = Date.now();
  const ui = spreadsheetUi();
  const done = tryWithScriptLock(() => {
    const outcome = syncFormIn(formDeps_(started), 'start');
    // A toast waits for no one, and it is a call on the workbook: shown under the lock.
    if (outcome?.ok) {
      const text = outcome.complete ? formSyncMessages.done(outcome.created, outcome.units) : formBuildMessages.inProgress(outcome.sectionsDone, outcome.units);
      activeSpreadsheet().toast(text, MENU.title);
    }
    return outcome;
  });
  if (!done.ok) return void ui.alert(lockMessages.busy);
  if (done.value && !done.value.ok) ui.alert(setupMessages.invalidTitle, setupMessages.workbookInvalidBody(done.value.errors), ui.ButtonSet.OK);
}

/**
 * One-off trigger: carries an unfinished form build on (setup's or syncForm's) for one execution,
 * then schedules itself again, or, once the form is complete, deletes itself.
 */
export function continueFormBuild(): void {
  const started = Date.now();
  requireEditor(activeSpreadsheet(), activeUserEmail());
  const outcome = withScriptLock(() => {
    // The trigger that started this run stays listed until deleted; the build schedules a new one if needed.
    deleteTriggersOf(CONTINUE_FORM_BUILD);
    const deps = formDeps_(started);
    // The cadres' form a large setup left for later (no call once it is made: the properties are read once).
    if (!deps.store.get(CADRE_FORM_LINK_KEY)) ensureCadreFormNow(deps.store, isOfficeAccount(scriptStore(), currentAccount()));
    return syncFormIn(deps, 'continue');
  });
  if (outcome && !outcome.ok) throw new Error(outcome.errors.join('\n'));
}

/**
 * Installable trigger on the units' form: records one response and answers the respondent. The
 * response's answers are read under the lock (they are the form's items). When the lock or the
 * workbook cannot be had the run fails, visibly in the executions list, and the mailbox poll
 * records the response from the form later (formReconcile.ts): nothing is lost.
 */
export function onFormSubmit(e: GoogleAppsScript.Events.FormsOnFormSubmit): void {
  const outcome = withScriptLock(
    () => {
      const ss = activeSpreadsheet();
      const handled = handleFormSubmissionIn({ ss, mail: mailApp, now: () => new Date(), localDay, localClock, chapterBook: chapterBook_(), actions: scriptOfficeActionStore(), visitClock }, readFormResponse(e.response, formKit()));
      // An invitation goes to its cadre now, as a mailed one does, when the office's account runs the
      // trigger (its calendar); what this pass cannot do, the next poll's does (each letter once by its key).
      if (!('errors' in handled) && handled.visitRecorded && officeAtKeyboard()) syncVisitsIn(visitSyncDeps(ss));
      return handled;
    },
    { busyMessage: lockMessages.formDeferred },
  );
  if ('errors' in outcome) throw new Error(lockMessages.formNotRecorded(outcome.errors));
}

/** Installable trigger on the cadres' form: records one report of a visit and confirms it to the cadre. */
export function onCadreFormSubmit(e: GoogleAppsScript.Events.FormsOnFormSubmit): void {
  cadreFormSubmitted(e.response);
}

/** Leaves a margin under the 6-minute execution limit for the last message's writes. */
const RUN_BUDGET_MS = 5 * 60 * 1000;

function mailDeps_(started = Date.now()): PollDeps {
  const ss = activeSpreadsheet();
  return {
    ss,
    mailboxFor: (campaign) => gmailMailbox(campaign.officeEmail, campaign.office),
    now: () => new Date(),
    localDay,
    localClock,
    chapterBook: chapterBook_(),
    timeLeft: executionTiming_(started).timeLeft,
    lock: lockTurns(),
    resume: { mail: mailApp, formResponse: (responseId) => linkedFormResponse(ss, responseId, formKit()) },
    reconcile: { formResponsesSince: (since) => linkedFormResponsesSince(ss, since, formKit()), store: scriptStore() },
    actions: scriptOfficeActionStore(),
    legacy: driveConverter(),
    visitClock,
    invitations: { recorded: 0 },
    archive: driveArchive(scriptStore()),
  };
}

function noticeDeps_(started = Date.now()): NoticeDeps {
  return {
    ss: activeSpreadsheet(),
    mail: mailApp,
    now: () => new Date(),
    localDay,
    localHour: (date, timeZone) => Number(formatDate(date, timeZone, 'H')),
    timeLeft: executionTiming_(started).timeLeft,
    pollReport: { read: () => readPollReport(scriptStore()), format: formatDate },
  };
}

/** Daily trigger at the campaign's reminder hour: reminders, overdue notices and the office digest, each once. */
export function checkDeadlines(): void {
  // The check takes the lock per batch of letters (checkDeadlinesIn).
  const outcome = checkDeadlinesIn({ ...noticeDeps_(), lock: lockTurns() });
  if ('errors' in outcome) throw new Error(outcome.errors.join('\n'));
}

/** Sidebar API: sends one unit its reminder (or overdue notice) now, logged like the scheduled ones. */
export function sendReminderNow(unitId: string): RemindOutcome {
  requireEditor(activeSpreadsheet(), activeUserEmail());
  const unit = validUnitId(unitId);
  return withScriptLock(() => (officeAtKeyboard() ? sendReminderNowIn(noticeDeps_(), unit) : queueReminderIn({ ...noticeDeps_(), queue: officeQueue() }, unit)));
}

/**
 * Sidebar API: "Nhắc tất cả đơn vị chưa nộp": today's reminder (or overdue notice) to every unit
 * still owing something and not reminded today, sent in batches as the daily check sends them;
 * asked by a clerk, queued for the office's next poll.
 */
export function remindAllLate(): RemindOutcome {
  requireEditor(activeSpreadsheet(), activeUserEmail());
  if (withScriptLock(() => officeAtKeyboard())) return remindAllLateIn({ ...noticeDeps_(), lock: lockTurns() });
  return withScriptLock(() => queueAllRemindersIn({ ...noticeDeps_(), queue: officeQueue() }));
}

/**
 * Sidebar API: records a unit's table received on paper, checked by the form's rules; the unit is
 * confirmed by email when the clerk asks.
 */
export function submitPaperEntry(unitId: string, entry: PaperEntry): PaperOutcome {
  const ss = activeSpreadsheet();
  const clerk = activeUserEmail();
  requireEditor(ss, clerk);
  const unit = validUnitId(unitId);
  const valid = validPaperEntry(entry);
  return withScriptLock(() => {
    const deps = { ss, mail: mailApp, now: () => new Date(), localDay, localClock, chapterBook: chapterBook_(), clerk };
    // A clerk's receipt goes from the office's mailbox, by its next poll.
    return recordPaperEntryIn(officeAtKeyboard() ? { ...deps, actions: scriptOfficeActionStore() } : { ...deps, receiptQueue: officeQueue() }, unit, valid);
  });
}

/**
 * Sidebar API: "Nhập kết quả sổ cũ": the .xlsx export of an earlier workbook, whose units the
 * merged units name, carried into the merged units' tabs for the periods both collect.
 */
export function importEarlierWorkbook(fileName: string, base64: string): ImportEarlierOutcome {
  const ss = activeSpreadsheet();
  const clerk = activeUserEmail();
  requireEditor(ss, clerk);
  return withScriptLock(() => importEarlierNow(ss, clerk, fileName, base64));
}

/**
 * Time-driven trigger: first what clerks asked the office to do in the sidebar (decisions on
 * messages under review, receipts, reminders), then new mail to the office, each unit's
 * classification recorded.
 */
export function pollMailbox(): PollOutcome | null {
  const started = Date.now();
  // The office's actions in one hold of the lock (the next poll does them when it is busy), then
  // the poll, which takes the lock per item (pollMailboxIn).
  // One set of dependencies for both: each opens the spreadsheet, and opening it again is a call.
  const deps = mailDeps_(started);
  // With them, in the same hold, the visits pass (app/visits): what the office typed or an earlier
  // run left to pass on to the cadres, and the eve-of-meeting reminders.
  // Only on the office's own run (carryOutOfficeActions is null for another account): the events go on its calendar.
  const actions = tryWithScriptLock(() => {
    const office = carryOutOfficeActions(deps, noticeDeps_(started));
    // And the cadres' form's responses no trigger recorded (the Xác nhận goes from the office's mailbox).
    const reports = office ? catchUpCadreFormNow(deps.timeLeft) : null;
    return { office, visits: office ? syncVisitsIn(visitSyncDeps(deps.ss)) : null, reports };
  });
  const office = actions.ok ? actions.value.office : null;
  const outcome = pollMailboxIn(deps);
  // Invitations this run read go to the cadres now, not one poll later: one more hold, only then.
  const after = office && deps.invitations.recorded > 0 ? tryWithScriptLock(() => syncVisitsIn(visitSyncDeps(deps.ss))) : null;
  const visitErrors = [actions.ok ? actions.value.visits : null, after?.ok ? after.value : null].flatMap((run) => (run && 'errors' in run ? run.errors : []));
  // A trigger run has no one to show errors to: failing makes them visible in the executions list.
  const errors = [...(office?.errors ?? []), ...('errors' in outcome ? outcome.errors : []), ...visitErrors, ...(actions.ok ? actions.value.reports?.errors ?? [] : [])];
  if (errors.length) throw new Error(errors.join('\n'));
  // What the run did (whether it stopped early), for a caller by hand; a trigger ignores it.
  return 'errors' in outcome ? null : outcome;
}

/**
 * Sidebar API: the office types a unit's invitation to its cadre (a letter on paper, a phone
 * call), checked field by field; at the office's own keyboard the calendar event and the cadre's
 * letter go at once, a clerk's wait for the office's next poll.
 */
export function submitInvitation(entry: VisitEntry): OfficeInvitationOutcome {
  return submitInvitationAtKeyboard(entry);
}

/** Sidebar API (Đi cơ sở): each cadre's units, meetings ahead, visits this month, overdue reports, units not visited. */
export function getCadreBoard(): CadreBoard {
  return cadreBoardRead();
}

/** Sidebar API (Đi cơ sở): the difficulties and proposals reported, with the office's status. */
export function getProposals(): ProposalList {
  return proposalsRead();
}

/** Sidebar API (Đi cơ sở): sets a proposal's status and note; the cadre is told. */
export function setProposalStatus(id: string, status: string, note: string): ProposalItem {
  return proposalStatusAtKeyboard(id, status, note);
}

/** Sidebar API (Đi cơ sở): the good practices reported, by unit and cadre. */
export function getGoodPractices(): GoodPractice[] {
  return goodPracticesRead();
}

/** Menu item: recomputes `Tổng hợp` and the unit statuses after the office typed ratings by hand. */
export function refreshSummary(): void {
  const ui = spreadsheetUi();
  const done = tryWithScriptLock(() => {
    const ss = activeSpreadsheet();
    const outcome = refreshSummaryIn(ss);
    if (outcome.ok) {
      rememberCadreNames(scriptStore(), outcome.cadres);
      ss.toast(summaryMessages.done(outcome.complete, outcome.total), MENU.title);
    }
    return outcome;
  });
  if (!done.ok) return void ui.alert(lockMessages.busy);
  if (!done.value.ok) ui.alert(setupMessages.invalidTitle, setupMessages.workbookInvalidBody(done.value.errors), ui.ButtonSet.OK);
}

/** Sidebar API: the report to the parent body; `replace` confirms that a draft's figures are made again. */
export function makeReport(replace: boolean): ReportOutcome {
  const ss = activeSpreadsheet();
  requireEditor(ss, activeUserEmail());
  return withScriptLock(() => makeReportNow(ss, replace === true));
}

/** Menu item: the report, asking before it replaces a draft's figures. */
export function makeReportFromMenu(): void {
  const ui = spreadsheetUi();
  const ss = activeSpreadsheet();
  let outcome = withScriptLock(() => makeReportNow(ss, false));
  if (outcome.kind === 'exists') {
    if (ui.alert(reportMessages.confirmTitle, outcome.message, ui.ButtonSet.YES_NO) !== ui.Button.YES) return;
    outcome = withScriptLock(() => makeReportNow(ss, true));
  }
  if (outcome.kind === 'invalid') ui.alert(setupMessages.invalidTitle, outcome.errors.join('\n'), ui.ButtonSet.OK);
  else if (outcome.kind !== 'exists') ui.alert(MENU.title, `${outcome.message}\n${outcome.url}`, ui.ButtonSet.OK);
}

/** Sidebar API: sends the draft report to the parent body; without `confirmed` it only says what would go. */
export function sendReport(confirmed: boolean): SendReportOutcome {
  const ss = activeSpreadsheet();
  requireEditor(ss, activeUserEmail());
  return withScriptLock(() => sendReportNow(ss, confirmed === true));
}

/** Menu item: the same, confirmed in a dialog. */
export function sendReportFromMenu(): void {
  const ui = spreadsheetUi();
  const ss = activeSpreadsheet();
  let outcome = withScriptLock(() => sendReportNow(ss, false));
  if (outcome.kind === 'confirm') {
    if (ui.alert(reportMessages.sendTitle, outcome.message, ui.ButtonSet.YES_NO) !== ui.Button.YES) return;
    outcome = withScriptLock(() => sendReportNow(ss, true));
  }
  if (outcome.kind === 'invalid') ui.alert(setupMessages.invalidTitle, outcome.errors.join('\n'), ui.ButtonSet.OK);
  else if (outcome.kind !== 'confirm') ui.alert(MENU.title, outcome.message, ui.ButtonSet.OK);
}

/** Menu item: opens the office's sidebar. */
export function openSidebar(): void {
  spreadsheetUi().showSidebar(sidebarPage(SIDEBAR_TITLE));
}

/**
 * The sidebar's reads: only editors of the workbook get an answer (the person using it, checked
 * on the file's sharing), and the workbook is read under the script lock, so a half-written
 * submission is never shown; when the lock cannot be had the sidebar says so in Vietnamese.
 */
function editorRead_<T>(read: (sheets: WorkbookSheets) => T): T {
  const ss = activeSpreadsheet();
  requireEditor(ss, activeUserEmail());
  return withScriptLock(() => read(openSheets(ss)), { readOnly: true });
}

const sidebarClock_: SidebarClock = { now: () => new Date(), format: formatDate };

/** Sidebar API: progress, every unit's status, the rating chart and the filters (three sheet reads; cadre names from script properties). */
export function getDashboard(): Dashboard {
  return editorRead_((sheets) => {
    const store = scriptStore();
    return loadDashboard(sheets, sidebarClock_, knownCadreNames(store), readPollReport(store));
  });
}

/** Sidebar API: one unit's chapters, status, cadre and history. */
export function getUnitDetail(unitId: string): UnitDetail {
  return editorRead_((sheets) => loadUnitDetail(sheets, validUnitId(unitId), sidebarClock_, scriptStore()));
}

/** Sidebar API: the messages waiting for the office's review, and the units to assign them to. */
export function getReviewQueue(): ReviewQueue {
  return editorRead_((sheets) => loadReviewQueue(sheets, sidebarClock_));
}

/** Sidebar API: shows the unit's tab in the spreadsheet. */
export function openUnitTab(unitId: string): { sheet: string } {
  return editorRead_((sheets) => activateUnitTab(sheets, validUnitId(unitId)));
}

/**
 * Sidebar API: applies a message waiting for review to the unit the office chose, and confirms
 * it; with `remember`, the sender's address is first added to the unit's emails in `Đơn vị`.
 */
export function assignReview(messageId: string, unitId: string, remember?: boolean): ReviewOutcome {
  requireEditor(activeSpreadsheet(), activeUserEmail());
  const id = validMessageId(messageId);
  const unit = validUnitId(unitId);
  return decideReview_(id, { unitId: unit }, validRemember(remember));
}

/** Sidebar API: a cadre's report of a visit waiting for review recorded as the visit's report (the office confirms it is the cadre's). */
export function applyVisitReview(messageId: string): ApplyReviewOutcome {
  return applyVisitReviewAtKeyboard(validMessageId(messageId));
}

/** Sidebar API: closes a message waiting for review without recording it. */
export function rejectReview(messageId: string, reason: string): ReviewOutcome {
  requireEditor(activeSpreadsheet(), activeUserEmail());
  const id = validMessageId(messageId);
  const why = validReason(reason);
  return decideReview_(id, { reject: why });
}

/** Sidebar API: the rejection letter that "Từ chối" would send for this message and reason, rendered and not sent. */
export function previewRejection(messageId: string, reason: string): RejectionPreview {
  const ss = activeSpreadsheet();
  requireEditor(ss, activeUserEmail());
  const id = validMessageId(messageId);
  const why = validReason(reason);
  return withScriptLock(() => previewRejectionIn(ss, id, why, localDay), { readOnly: true });
}

/** Sidebar API: reported chapters that look like one of their unit's, waiting for the office to map or add them. */
export function getPendingChapters(): PendingChapterView[] {
  return editorRead_((sheets) => loadPendingChapters(sheets, scriptStore(), sidebarClock_));
}

/**
 * Sidebar API: the office's decision on a waiting chapter, `{ map: "<chapter>" }` (Ghép vào) or
 * `{ add: true }` (Thêm Chi đoàn mới), carried out at once under the script lock: it writes the
 * unit's tab and script properties, which any editor may (no Gmail involved).
 */
export function decideChapter(unitId: string, pendingId: string, decision: ChapterDecision): ChapterDecisionOutcome {
  const ss = activeSpreadsheet();
  requireEditor(ss, activeUserEmail());
  const unit = validUnitId(unitId);
  const valid = validChapterDecision(pendingId, decision);
  return withScriptLock(() => decideChapterIn({ ss, store: scriptStore() }, unit, valid.pendingId, valid.decision));
}

/** At once from the office's account; from anyone else's kept for the office's next poll (the message is in the office's mailbox). */
function decideReview_(messageId: string, decision: ReviewDecision, remember = false): ReviewOutcome {
  return withScriptLock(() =>
    officeAtKeyboard()
      ? resolveReviewIn(mailDeps_(), messageId, decision, remember)
      : queueReviewIn({ ss: activeSpreadsheet(), queue: officeQueue() }, messageId, decision, remember),
  );
}

/**
 * Sidebar API: processes a logged submission again (parked, waiting for review, or any earlier
 * one); at once from the office's account, from anyone else's by the office's next poll.
 */
export function replaySubmission(id: string): ReplayOutcome {
  requireEditor(activeSpreadsheet(), activeUserEmail());
  const valid = validMessageId(id);
  return withScriptLock(() => (officeAtKeyboard() ? replayIn(mailDeps_(), valid) : queueReplayIn({ ss: activeSpreadsheet(), queue: officeQueue() }, valid)));
}

/** Menu item "Kiểm tra cài đặt": checks on the real account what no emulator can settle, and says what to do. */
export function checkInstallation(): void {
  const report = checkInstallation_();
  const ui = spreadsheetUi();
  ui.alert(CHECK_TITLE, formatReport(report), ui.ButtonSet.OK);
}

/** The self-check without dialogs, as plain data (the local CLI and tests print or read it). */
export function checkInstallation_(): InstallationReport {
  return checkInstallationIn(installationPorts());
}
