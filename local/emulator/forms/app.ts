/** FormApp: creating and opening forms (by id, edit URL or published URL) and the Forms enums. */
import { asApi, registerFake } from '../bridge';
import { exception } from '../errors';
import type { World } from '../world';
import { FakeForm } from './form';
import { formById, formByPublishedId, newForm, type FormModel } from './state';

type AppMethods = 'create' | 'openById' | 'openByUrl' | 'getActiveForm';

/** As SpreadsheetApp.openById in this emulator; the platform's text for FormApp is not confirmed. */
const notFound = (method: string) => `Unexpected error while getting the method or property ${method} on object FormApp.`;

/** A form from its edit URL (`/forms/d/<id>/…`) or published URL (`/forms/d/e/<publishedId>/…`). */
export function formFromUrl(world: World, url: string): FormModel | undefined {
  const published = /\/forms\/d\/e\/([A-Za-z0-9_-]+)/.exec(url);
  if (published?.[1]) return formByPublishedId(world, published[1]);
  const edit = /\/forms\/d\/([A-Za-z0-9_-]+)/.exec(url);
  return edit?.[1] ? formById(world, edit[1]) : undefined;
}

export class FakeFormApp implements Pick<GoogleAppsScript.Forms.FormApp, AppMethods> {
  constructor(private readonly world: World) {}

  create(title: string): GoogleAppsScript.Forms.Form {
    if (title === undefined || title === null) throw exception("The parameters () don't match the method signature for FormApp.create.");
    return asApi(new FakeForm(this.world, newForm(this.world, String(title)).id));
  }
  openById(id: string): GoogleAppsScript.Forms.Form {
    const form = formById(this.world, String(id));
    if (!form) throw exception(notFound('openById'));
    return asApi(new FakeForm(this.world, form.id));
  }
  openByUrl(url: string): GoogleAppsScript.Forms.Form {
    const form = formFromUrl(this.world, String(url));
    if (!form) throw exception(notFound('openByUrl'));
    return asApi(new FakeForm(this.world, form.id));
  }
  /** The script is bound to the spreadsheet, not to a form. */
  getActiveForm(): GoogleAppsScript.Forms.Form {
    return null as unknown as GoogleAppsScript.Forms.Form;
  }
}
registerFake(FakeFormApp, { iface: 'Forms.FormApp', service: 'Form' });
