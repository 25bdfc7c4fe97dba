import type { DueNotice } from '../../domain/deadlines';
import { isPermissionError } from '../../gas/errors';
import type { OutgoingMail } from '../../gas/mail';
import { recordOutboxBatch, type OutboxEntry } from '../../workbook/logs';
import { digestLetter } from './digests';
import { settledKeys, unitNotice, type NoticeContext } from './notices';

export interface BatchCount {
  sent: number;
  deferred: number;
  failed: number;
}

interface Letter {
  mail: OutgoingMail;
  entry: OutboxEntry;
  recipients: number;
}

/**
 * Sends a batch of scheduled notices with two writes to `Nhật ký gửi`: one before any letter goes
 * (`Đang gửi` for each letter, `Bỏ qua` for the days a notice replaces, `Hoãn` past the mail
 * quota) and one after (`Đã gửi` or `Lỗi`). A run that dies between the two leaves `Đang gửi`,
 * which counts as sent: a letter is never sent twice (a duplicate is worse than a late one). A
 * refused scope, which would fail every letter alike, stops the run after the second write; the
 * letters it did not reach are written `Lỗi`, so the next run sends them.
 */
export function sendNoticeBatch(ctx: NoticeContext, notices: readonly DueNotice[], run: BatchCount): void {
  const settled = settledKeys(ctx.outbox);
  const before: OutboxEntry[] = [];
  const letters: Letter[] = [];
  for (const notice of notices) {
    if (settled.has(notice.key)) continue;
    const mail = letterOf(ctx, notice);
    if (!mail) continue;
    const to = mail.to.join(', ');
    for (const key of notice.superseded.filter((k) => !settled.has(k))) {
      before.push({ time: ctx.now(), kind: notice.kind, to, cc: '', subject: '', key, status: 'Bỏ qua' });
      settled.add(key);
    }
    const entry: OutboxEntry = { time: ctx.now(), kind: notice.kind, to, cc: mail.cc.join(', '), subject: mail.email.subject, key: notice.key, status: 'Đang gửi' };
    const recipients = mail.to.length + mail.cc.length;
    if (recipients > ctx.quota.remaining) {
      if (ctx.outbox.status.get(notice.key) !== 'Hoãn') before.push({ ...entry, status: 'Hoãn' });
      run.deferred++;
      continue;
    }
    // Counted now, so the batch stays within the quota; given back if the send fails.
    ctx.quota.remaining -= recipients;
    before.push(entry);
    letters.push({ mail, entry, recipients });
    settled.add(notice.key);
  }
  recordOutboxBatch(ctx.outboxSheet, ctx.outbox, before);
  const after: OutboxEntry[] = [];
  let stopped: unknown = null;
  for (const letter of letters) {
    if (stopped === null) {
      try {
        ctx.mail.send(letter.mail);
        after.push({ ...letter.entry, time: ctx.now(), status: 'Đã gửi' });
        run.sent++;
        continue;
      } catch (error) {
        // One bad notice must not stop the others; a refused scope stops the run, never hidden as one bad notice.
        if (isPermissionError(error)) stopped = error;
        run.failed++;
      }
    }
    ctx.quota.remaining += letter.recipients;
    after.push({ ...letter.entry, time: ctx.now(), status: 'Lỗi' });
  }
  recordOutboxBatch(ctx.outboxSheet, ctx.outbox, after);
  if (stopped !== null) throw stopped;
}

/** The notice's letter, or null when it is owed no more (the unit's table arrived since the schedule was read). */
function letterOf(ctx: NoticeContext, notice: DueNotice): OutgoingMail | null {
  if (notice.kind === 'Tổng hợp') return digestLetter(ctx, notice);
  const unit = ctx.campaign.units.find((u) => u.id === notice.unitId);
  const status = unit && ctx.statusOf.get(unit.id);
  if (!unit || !status || status.complete) return null;
  return unitNotice(ctx, unit, notice.kind, status);
}
