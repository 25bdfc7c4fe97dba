/** Ui (menus, alerts, prompts, sidebars, dialogs) and the host-side record of what the user saw. */
import { asApi, registerFake } from './bridge';
import { enumName, enumValue } from './enums';
import { exception } from './errors';
import { htmlOf } from './html';
import { stateKey } from './world';

export type MenuItemRecord =
  | { caption: string; functionName: string }
  | { separator: true }
  | { submenu: MenuRecord };

export interface MenuRecord {
  name: string;
  items: MenuItemRecord[];
  addon?: boolean;
}

/** Every function a menu the script added (with its submenus) names. */
export function menuFunctions(state: UiState): Set<string> {
  const names = new Set<string>();
  const walk = (menu: MenuRecord): void => {
    for (const item of menu.items) {
      if ('functionName' in item) names.add(item.functionName);
      else if ('submenu' in item) walk(item.submenu);
    }
  };
  for (const menu of state.menus) walk(menu);
  return names;
}

export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';

export interface UiResponse {
  button: ButtonName;
  text?: string;
}

export interface DialogRecord {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: string;
  response: ButtonName;
  text?: string;
}

export interface SidebarRecord {
  title: string;
  html: string;
  width: number;
}

export interface ModalRecord {
  title: string;
  html: string;
  width: number;
  height: number;
  modal: boolean;
}

export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number;
  at: Date;
}

export interface UiState {
  menus: MenuRecord[];
  sidebars: SidebarRecord[];
  dialogs: ModalRecord[];
  alerts: DialogRecord[];
  toasts: ToastRecord[];
  responses: UiResponse[];
}

export const UI = stateKey(
  'ui',
  (): UiState => ({ menus: [], sidebars: [], dialogs: [], alerts: [], toasts: [], responses: [] }),
);

type UiMethods =
  | 'alert'
  | 'prompt'
  | 'createMenu'
  | 'createAddonMenu'
  | 'showSidebar'
  | 'showModalDialog'
  | 'showModelessDialog';

export class FakeMenu implements Pick<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  readonly record: MenuRecord;
  constructor(
    private readonly state: UiState,
    name: string,
    addon = false,
  ) {
    this.record = addon ? { name, items: [], addon } : { name, items: [] };
  }
  addItem(caption: string, functionName: string): GoogleAppsScript.Base.Menu {
    this.record.items.push({ caption: String(caption), functionName: String(functionName) });
    return asApi(this);
  }
  addSeparator(): GoogleAppsScript.Base.Menu {
    this.record.items.push({ separator: true });
    return asApi(this);
  }
  addSubMenu(menu: GoogleAppsScript.Base.Menu): GoogleAppsScript.Base.Menu {
    if (!(menu instanceof FakeMenu)) throw exception('Invalid argument: menu');
    this.record.items.push({ submenu: menu.record });
    return asApi(this);
  }
  /** A menu with the same name replaces the earlier one (as reopening the document would). */
  addToUi(): void {
    const menus = this.state.menus;
    const i = menus.findIndex((m) => m.name === this.record.name && !m.addon === !this.record.addon);
    const copy = structuredClone(this.record);
    if (i >= 0) menus[i] = copy;
    else menus.push(copy);
  }
}
registerFake(FakeMenu, { iface: 'Base.Menu', service: 'Base' });

export class FakePromptResponse implements Pick<GoogleAppsScript.Base.PromptResponse, 'getResponseText' | 'getSelectedButton'> {
  constructor(
    private readonly button: ButtonName,
    private readonly text: string,
  ) {}
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): GoogleAppsScript.Base.Button {
    return asApi(enumValue('Base.Button', this.button));
  }
}
registerFake(FakePromptResponse, { iface: 'Base.PromptResponse', service: 'Base' });

export class FakeUi implements Pick<GoogleAppsScript.Base.Ui, UiMethods> {
  constructor(private readonly state: UiState) {}

  #dialogArgs(args: unknown[]): { title: string; prompt: string; buttons: string } {
    const isSet = (v: unknown) => enumName(v, 'Base.ButtonSet') !== undefined && typeof v !== 'string';
    if (args.length >= 3) return { title: String(args[0]), prompt: String(args[1]), buttons: enumName(args[2]) ?? 'OK' };
    if (args.length === 2 && isSet(args[1])) return { title: '', prompt: String(args[0]), buttons: enumName(args[1]) ?? 'OK' };
    if (args.length === 2) return { title: String(args[0]), prompt: String(args[1]), buttons: 'OK' };
    return { title: '', prompt: String(args[0] ?? ''), buttons: 'OK' };
  }

  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    const d = this.#dialogArgs(args);
    const r = this.state.responses.shift() ?? { button: 'OK' };
    this.state.alerts.push({ kind: 'alert', ...d, response: r.button });
    return asApi(enumValue('Base.Button', r.button));
  }

  prompt(...args: unknown[]): GoogleAppsScript.Base.PromptResponse {
    const d = this.#dialogArgs(args);
    const r = this.state.responses.shift() ?? { button: 'CLOSE', text: '' };
    const text = r.text ?? '';
    this.state.alerts.push({ kind: 'prompt', ...d, response: r.button, text });
    return asApi(new FakePromptResponse(r.button, text));
  }

  createMenu(caption: string): GoogleAppsScript.Base.Menu {
    return asApi(new FakeMenu(this.state, String(caption)));
  }

  createAddonMenu(): GoogleAppsScript.Base.Menu {
    return asApi(new FakeMenu(this.state, 'Add-on', true));
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    const h = htmlOf(userInterface);
    this.state.sidebars.push({ title: h.title, html: h.content, width: 300 });
  }

  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    const h = htmlOf(userInterface);
    this.state.dialogs.push({ title: String(title), html: h.content, width: h.width, height: h.height, modal: true });
  }

  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    const h = htmlOf(userInterface);
    this.state.dialogs.push({ title: String(title), html: h.content, width: h.width, height: h.height, modal: false });
  }
}
registerFake(FakeUi, { iface: 'Base.Ui', service: 'Base' });
