/** The sidebar page that build.mjs writes to dist/Sidebar.html. */
export function sidebarPage(title: string): GoogleAppsScript.HTML.HtmlOutput {
  return HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(title);
}
