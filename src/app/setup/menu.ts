import { CHECK_MENU_ITEM } from './installationCheckMessages';
import { MENU } from '../messages';
import { reportMessages } from '../reports/reportMessages';

/** The `Đi cơ sở` menu; each item names a function exported by main.ts. */
export function addMenu(ui: GoogleAppsScript.Base.Ui): void {
  ui.createMenu(MENU.title)
    .addItem(MENU.openSidebar, 'openSidebar')
    .addSeparator()
    .addItem(MENU.refreshSummary, 'refreshSummary')
    .addItem(reportMessages.menuItem, 'makeReportFromMenu')
    .addItem(reportMessages.sendMenuItem, 'sendReportFromMenu')
    .addItem(MENU.syncForm, 'syncForm')
    .addItem(MENU.setup, 'setup')
    .addItem(CHECK_MENU_ITEM, 'checkInstallation')
    .addToUi();
}
