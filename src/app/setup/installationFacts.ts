/**
 * What the self-check (menu "Kiểm tra cài đặt") learns from the platform, as plain data: the
 * adapters in src/gas gather it, the pure evaluation in installationCheck.ts judges it.
 */
import type { CampaignResult } from '../../domain/campaign';

/** A call that failed: `denied` when the platform said "You do not have permission to call …". */
export interface ProbeFailure {
  ok: false;
  /** The call the check made, e.g. `FormApp.openByUrl`. */
  call: string;
  denied: boolean;
  /** The scopes the platform named as required (only when denied). */
  requiredScopes: string[];
  error: string;
}

export type Probe<T> = { ok: true; value: T } | ProbeFailure;

/** The services the product uses, each probed with one cheap call. */
export type ServiceName = 'spreadsheet' | 'form' | 'gmail' | 'mail' | 'triggers';

export type AuthorizationStatus = 'REQUIRED' | 'NOT_REQUIRED';

export interface TriggerFact {
  handler: string;
  /** `CLOCK`, `ON_FORM_SUBMIT`, … (ScriptApp.EventType names). */
  eventType: string;
  /** The form's id for a form trigger; the script's or the spreadsheet's for the others. */
  sourceId: string;
}

export interface SpreadsheetFact {
  id: string;
  timeZone: string;
  /** The units' form: its recorded id, else the URL of a form an older version linked here; null when there is none. */
  formRef: string | null;
}

export interface FormFact {
  id: string;
  /** The spreadsheet the form writes its responses to ('' when none, as the product builds it). */
  destinationId: string;
  accepting: boolean;
}

/** One of the product's Gmail labels put on the test message, then searched. */
export interface LabelProbe {
  label: string;
  /** `label:…` with the test message's token found it. */
  foundByLabel: boolean;
  /** The product's candidate query with the token no longer found it. */
  excludedFromCandidates: boolean;
}

export type LabelSearchFact =
  | { kind: 'skipped'; reason: 'noQuota' | 'noAddress' }
  | { kind: 'failed'; failure: ProbeFailure }
  | {
      kind: 'ran';
      /** The product's labels this run had to create (the product creates them at first use too). */
      labelsCreated: string[];
      /** The test message was found in the mailbox (after polling briefly). */
      arrived: boolean;
      /** Before any label, the product's candidate query found it. */
      foundByCandidates: boolean;
      labels: LabelProbe[];
      trashed: boolean;
      /** The unique token in the test message's subject, so a person can find a leftover. */
      token: string;
    };

/** What the platform's own String.prototype.normalize and the product's folding gave. */
export interface TextFacts {
  sample: string;
  nfd: string;
  nfcOfNfd: string;
  /** matchKey of the sample, of its NFD form, and of its old-style tone placement ("Hòa"). */
  matchKeys: { sample: string; nfd: string; oldTone: string };
  /** exactKey of "…Hoà" and "…Hòa". */
  exactKeys: { newTone: string; oldTone: string };
}

export interface InstallationFacts {
  /** The account running the check ('' when the platform hides it). */
  runner: string;
  /** dd/MM/yyyy HH:mm when the check ran. */
  checkedAt: string;
  /** The local calendar day (yyyy-MM-dd) in the campaign's (else the script's) time zone. */
  today: string;
  authorization: Probe<AuthorizationStatus>;
  spreadsheet: Probe<SpreadsheetFact>;
  /** The campaign from `Cấu hình`, `Đơn vị`, `Cán bộ`; null when the workbook is not set up. */
  campaign: CampaignResult | null;
  /** Script property TRIGGER_OWNER: the account that installed the triggers (null: not recorded). */
  triggerOwner: string | null;
  /** The runner's own triggers in this project (the platform lists no one else's). */
  triggers: Probe<TriggerFact[]>;
  /** null when there is no linked form to open. */
  form: Probe<FormFact> | null;
  /** The cadres' form's id as setup recorded it (script property); null before setup made it. */
  cadreFormId: string | null;
  mailQuota: Probe<number>;
  labelSearch: LabelSearchFact;
  scriptTimeZone: string;
  /** Utilities.formatDate of KNOWN_INSTANT in Asia/Ho_Chi_Minh with KNOWN_INSTANT_PATTERN. */
  knownInstant: string;
  text: TextFacts;
}

/** 12/9/2016 23:59 in Hồ Chí Minh (UTC+7): the 2016 plan's deadline, its last minute. */
export const KNOWN_INSTANT = Date.UTC(2016, 8, 12, 16, 59);
export const KNOWN_INSTANT_PATTERN = 'dd/MM/yyyy HH:mm';
export const KNOWN_INSTANT_TEXT = '12/09/2016 23:59';
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
