/**
 * GridItem (one radio per row) and CheckboxGridItem (checkboxes per row). createResponse takes one
 * entry per row, `null` for a row left unanswered; any value that is not a column throws.
 */
import { asApi, registerFake } from '../bridge';
import { exception } from '../errors';
import { answerProblem, INVALID_RESPONSE } from './answers';
import { formsSignatureText, QuestionBase } from './item-base';
import { FakeItemResponse } from './item-response';
import type { Answer } from './state';

abstract class GridBase<Self> extends QuestionBase<Self> {
  protected abstract readonly owner: string;

  getRows(): string[] {
    return [...this.item().rows];
  }
  setRows(rows: string[]): Self {
    if (!Array.isArray(rows)) throw exception(formsSignatureText(this.owner, 'setRows', [rows]));
    this.item().rows = rows.map(String);
    return this.self();
  }
  getColumns(): string[] {
    return [...this.item().columns];
  }
  setColumns(columns: string[]): Self {
    if (!Array.isArray(columns)) throw exception(formsSignatureText(this.owner, 'setColumns', [columns]));
    this.item().columns = columns.map(String);
    return this.self();
  }
  protected respond(answer: Answer): GoogleAppsScript.Forms.ItemResponse {
    if (answerProblem(this.item(), answer)) throw exception(INVALID_RESPONSE);
    return asApi(new FakeItemResponse(this.world, this.formId, this.itemId, answer));
  }
}

type GridMethods =
  | 'getId' | 'getIndex' | 'getTitle' | 'setTitle' | 'getHelpText' | 'setHelpText' | 'getType' | 'isRequired'
  | 'setRequired' | 'getRows' | 'setRows' | 'getColumns' | 'setColumns' | 'createResponse' | 'duplicate';

type GI = GoogleAppsScript.Forms.GridItem;

export class FakeGridItem extends GridBase<GI> implements Pick<GI, GridMethods> {
  protected readonly owner = 'GridItem';
  createResponse(responses: string[]): GoogleAppsScript.Forms.ItemResponse {
    if (!Array.isArray(responses)) throw exception(formsSignatureText(this.owner, 'createResponse', [responses]));
    const value = (responses as unknown[]).map((v) => (v === null || v === undefined || v === '' ? null : String(v)));
    return this.respond({ kind: 'grid', value });
  }
}
registerFake(FakeGridItem, { iface: 'Forms.GridItem', service: 'Form' });

type CGI = GoogleAppsScript.Forms.CheckboxGridItem;

export class FakeCheckboxGridItem extends GridBase<CGI> implements Pick<CGI, GridMethods> {
  protected readonly owner = 'CheckboxGridItem';
  createResponse(responses: string[][]): GoogleAppsScript.Forms.ItemResponse {
    if (!Array.isArray(responses)) throw exception(formsSignatureText(this.owner, 'createResponse', [responses]));
    const value = (responses as unknown[]).map((row) => {
      if (row === null || row === undefined || row === '') return null;
      if (!Array.isArray(row)) throw exception(INVALID_RESPONSE);
      return row.map(String);
    });
    return this.respond({ kind: 'checkGrid', value });
  }
}
registerFake(FakeCheckboxGridItem, { iface: 'Forms.CheckboxGridItem', service: 'Form' });
