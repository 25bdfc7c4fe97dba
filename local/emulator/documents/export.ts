/**
 * A Doc as Drive gives it: `getAs('application/pdf')`, `getAs(<DOCX type>)`, `getBlob()` (a PDF,
 * as for every Google file), and the Office form the Drive advanced service exports. Always the
 * saved document: edits of the running execution reach it on `saveAndClose` or when it ends.
 */
import { FakeBlob } from '../blob';
import { registerOfficeForm, registerPdfForm, DOCX, GOOGLE_DOC, PDF, type DriveFileRecord } from '../drive/model';
import { exception } from '../errors';
import type { World } from '../world';
import { bodyToDocx } from './docx';
import { docModel } from './model';
import { bodyToPdf } from './pdf';

function savedBody(world: World, file: DriveFileRecord) {
  return file.mimeType === GOOGLE_DOC ? docModel(world, file.id)?.saved : undefined;
}

registerOfficeForm((world, file) => {
  const body = savedBody(world, file);
  return body ? bodyToDocx(body, { title: file.name }) : undefined;
});
registerPdfForm((world, file) => {
  const body = savedBody(world, file);
  return body ? bodyToPdf(body, file.name) : undefined;
});

/** `Báo cáo` as PDF is `Báo cáo.pdf`: the export names the blob after the file with the type's extension. */
export function googleDocAs(world: World, file: DriveFileRecord, contentType: string): FakeBlob {
  const body = savedBody(world, file);
  if (!body) throw new Error(`Emulator: ${file.id} is not a Doc made by DocumentApp`);
  if (contentType === PDF) return new FakeBlob(bodyToPdf(body, file.name), PDF, `${file.name}.pdf`);
  if (contentType === DOCX) return new FakeBlob(bodyToDocx(body, { title: file.name }), DOCX, `${file.name}.docx`);
  throw exception(`Converting from ${GOOGLE_DOC} to ${contentType} is not supported.`);
}
