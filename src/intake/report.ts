import * as z from 'zod/mini';
import { PERIOD_CODE_PATTERN } from '../domain/periods';

/**
 * The classification report of DESIGN.md's `parse` contract, as a zod schema (for tests, the
 * CLI and the app's checks) and as types. The parsers import only the types, so the schema is
 * not bundled twice; zod/mini is already in the Apps Script bundle through the campaign schema.
 */
export const REPORT_SOURCES = ['eml', 'txt', 'html', 'csv', 'xlsx', 'docx', 'xls', 'doc'] as const;
export const RATING_CODES = ['VUNG_MANH', 'KHA', 'TRUNG_BINH', 'YEU', 'HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;

const periodCode = z.string().check(z.regex(PERIOD_CODE_PATTERN));

export const chapterReportSchema = z.strictObject({
  name: z.string().check(z.minLength(1)),
  members: z.nullable(z.int().check(z.gte(0))),
  ratings: z.record(periodCode, z.enum(RATING_CODES)),
  registration: z.nullable(z.enum(['BUILD_STRONG', 'SUPPORT'])),
});

export const okReportSchema = z.strictObject({
  ok: z.literal(true),
  source: z.enum(REPORT_SOURCES),
  unit: z.nullable(z.string().check(z.minLength(1))),
  periods: z.array(periodCode),
  chapters: z.array(chapterReportSchema),
  warnings: z.array(z.string()),
});

export const failedReportSchema = z.strictObject({
  ok: z.literal(false),
  error: z.string().check(z.minLength(1)),
});

export const parseReportSchema = z.discriminatedUnion('ok', [okReportSchema, failedReportSchema]);

export type ReportSource = (typeof REPORT_SOURCES)[number];
export type ChapterReport = z.infer<typeof chapterReportSchema>;
export type OkReport = z.infer<typeof okReportSchema>;
export type FailedReport = z.infer<typeof failedReportSchema>;
export type ParseReport = z.infer<typeof parseReportSchema>;
