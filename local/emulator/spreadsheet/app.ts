/** SpreadsheetApp: the bound spreadsheet, builders, and the Ui (interactive executions only). */
import { asApi, registerFake } from '../bridge';
import { exception } from '../errors';
import { FakeUi, UI } from '../ui';
import type { World } from '../world';
import { FakeConditionalFormatRuleBuilder } from './conditional';
import { FakeSheet } from './sheet';
import { FakeSpreadsheet } from './spreadsheet';
import { workbook } from './state';
import { FakeDataValidationBuilder } from './validation';

type AppMethods =
  | 'getActiveSpreadsheet' | 'getActive' | 'openById' | 'openByUrl' | 'flush' | 'getUi' | 'newDataValidation'
  | 'newConditionalFormatRule' | 'getActiveSheet' | 'setActiveSheet';

export class FakeSpreadsheetApp implements Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, AppMethods> {
  constructor(private readonly world: World) {}

  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return asApi(new FakeSpreadsheet(this.world));
  }
  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.getActiveSpreadsheet();
  }
  /** Only the bound spreadsheet exists here. */
  openById(id: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
    if (String(id) !== workbook(this.world).id) {
      throw exception('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    }
    return this.getActiveSpreadsheet();
  }
  openByUrl(url: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
    const m = /\/d\/([A-Za-z0-9_-]+)/.exec(String(url));
    if (!m || m[1] !== workbook(this.world).id) {
      throw exception('Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.');
    }
    return this.getActiveSpreadsheet();
  }
  flush(): void {
    /* writes apply at once here */
  }
  getUi(): GoogleAppsScript.Base.Ui {
    if (!this.world.isInteractive()) throw exception('Cannot call SpreadsheetApp.getUi() from this context.');
    return asApi(new FakeUi(this.world.state(UI)));
  }
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return asApi(new FakeDataValidationBuilder(this.world));
  }
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return asApi(new FakeConditionalFormatRuleBuilder(this.world));
  }
  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return new FakeSpreadsheet(this.world).getActiveSheet();
  }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.Sheet {
    if (!(sheet instanceof FakeSheet)) throw exception('Invalid argument: sheet');
    return sheet.activate();
  }
}
registerFake(FakeSpreadsheetApp, { iface: 'Spreadsheet.SpreadsheetApp', service: 'Spreadsheet' });
