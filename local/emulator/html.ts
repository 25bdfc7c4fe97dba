/** HtmlService: outputs, files from the dist folder, and templates with scriptlets evaluated in the script's realm. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { asApi, registerFake, type DynamicProps } from './bridge';
import { blobOf, encode, FakeBlob } from './blob';
import { enumName } from './enums';
import { exception } from './errors';
import type { World } from './world';

type OutputMethods =
  | 'setTitle' | 'getTitle' | 'setWidth' | 'getWidth' | 'setHeight' | 'getHeight' | 'getContent' | 'setContent'
  | 'append' | 'appendUntrusted' | 'clear' | 'setSandboxMode' | 'setXFrameOptionsMode' | 'addMetaTag' | 'getMetaTags'
  | 'setFaviconUrl' | 'getFaviconUrl' | 'getBlob' | 'getAs' | 'asTemplate';

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export class FakeHtmlOutputMetaTag implements Pick<GoogleAppsScript.HTML.HtmlOutputMetaTag, 'getName' | 'getContent'> {
  constructor(
    readonly name: string,
    readonly content: string,
  ) {}
  getName(): string {
    return this.name;
  }
  getContent(): string {
    return this.content;
  }
}
registerFake(FakeHtmlOutputMetaTag, { iface: 'HTML.HtmlOutputMetaTag', service: 'Html' });

export class FakeHtmlOutput implements Pick<GoogleAppsScript.HTML.HtmlOutput, OutputMethods> {
  title = '';
  width = 0;
  height = 0;
  sandboxMode = 'IFRAME';
  xFrameOptionsMode = 'DEFAULT';
  faviconUrl = '';
  readonly metaTags: FakeHtmlOutputMetaTag[] = [];

  constructor(
    private readonly world: World,
    public content = '',
  ) {}

  #self(): GoogleAppsScript.HTML.HtmlOutput {
    return asApi(this);
  }
  setTitle(title: string): GoogleAppsScript.HTML.HtmlOutput {
    this.title = String(title);
    return this.#self();
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): GoogleAppsScript.HTML.HtmlOutput {
    this.width = Number(width);
    return this.#self();
  }
  getWidth(): number {
    return this.width;
  }
  setHeight(height: number): GoogleAppsScript.HTML.HtmlOutput {
    this.height = Number(height);
    return this.#self();
  }
  getHeight(): number {
    return this.height;
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: string): GoogleAppsScript.HTML.HtmlOutput {
    this.content = String(content);
    return this.#self();
  }
  append(addedContent: string): GoogleAppsScript.HTML.HtmlOutput {
    this.content += String(addedContent);
    return this.#self();
  }
  appendUntrusted(addedContent: string): GoogleAppsScript.HTML.HtmlOutput {
    this.content += escapeHtml(String(addedContent));
    return this.#self();
  }
  clear(): GoogleAppsScript.HTML.HtmlOutput {
    this.content = '';
    return this.#self();
  }
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): GoogleAppsScript.HTML.HtmlOutput {
    this.sandboxMode = enumName(mode) ?? 'IFRAME';
    return this.#self();
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): GoogleAppsScript.HTML.HtmlOutput {
    this.xFrameOptionsMode = enumName(mode) ?? 'DEFAULT';
    return this.#self();
  }
  addMetaTag(name: string, content: string): GoogleAppsScript.HTML.HtmlOutput {
    this.metaTags.push(new FakeHtmlOutputMetaTag(String(name), String(content)));
    return this.#self();
  }
  getMetaTags(): GoogleAppsScript.HTML.HtmlOutputMetaTag[] {
    return this.metaTags.map((t) => asApi<GoogleAppsScript.HTML.HtmlOutputMetaTag>(t));
  }
  setFaviconUrl(iconUrl: string): GoogleAppsScript.HTML.HtmlOutput {
    this.faviconUrl = String(iconUrl);
    return this.#self();
  }
  getFaviconUrl(): string {
    return this.faviconUrl;
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    return asApi(new FakeBlob(encode(this.content), 'text/html', this.title || null));
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    return (this.getBlob() as unknown as FakeBlob).getAs(contentType);
  }
  asTemplate(): GoogleAppsScript.HTML.HtmlTemplate {
    return asApi(new FakeHtmlTemplate(this.world, this.content));
  }
}
registerFake(FakeHtmlOutput, { iface: 'HTML.HtmlOutput', service: 'Html' });

/** Compiles `<? code ?>`, `<?= escaped ?>`, `<?!= raw ?>` into a function body run with `with (vars)`. */
export function compileTemplate(source: string): string {
  const parts: string[] = [];
  const re = /<\?(!?=)?([\s\S]*?)\?>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source))) {
    if (m.index > last) parts.push(`__out.push(${JSON.stringify(source.slice(last, m.index))});`);
    const code = (m[2] ?? '').trim();
    if (m[1] === '=') parts.push(`__out.push(__esc(${code}));`);
    else if (m[1] === '!=') parts.push(`__out.push(__raw(${code}));`);
    else parts.push(code);
    last = re.lastIndex;
  }
  if (last < source.length) parts.push(`__out.push(${JSON.stringify(source.slice(last))});`);
  return parts.join('\n');
}

export class FakeHtmlTemplate
  implements Pick<GoogleAppsScript.HTML.HtmlTemplate, 'evaluate' | 'getCode' | 'getCodeWithComments' | 'getRawContent'>, DynamicProps
{
  readonly vars = new Map<string, unknown>();
  constructor(
    private readonly world: World,
    readonly raw: string,
  ) {}
  getDynamic(name: string): unknown {
    return this.vars.get(name);
  }
  setDynamic(name: string, value: unknown): void {
    this.vars.set(name, value);
  }
  getRawContent(): string {
    return this.raw;
  }
  getCode(): string {
    return compileTemplate(this.raw);
  }
  getCodeWithComments(): string {
    return this.getCode();
  }
  evaluate(): GoogleAppsScript.HTML.HtmlOutput {
    const run = this.world.evaluateTemplate;
    if (!run) throw exception('Emulator: templates need a script runtime');
    return asApi(new FakeHtmlOutput(this.world, run(compileTemplate(this.raw), Object.fromEntries(this.vars))));
  }
}
registerFake(FakeHtmlTemplate, { iface: 'HTML.HtmlTemplate', service: 'Html', dynamic: true });

type ServiceMethods = 'createHtmlOutput' | 'createHtmlOutputFromFile' | 'createTemplate' | 'createTemplateFromFile';

export class FakeHtmlService implements Pick<GoogleAppsScript.HTML.HtmlService, ServiceMethods> {
  constructor(private readonly world: World) {}

  #file(filename: string): string {
    const name = String(filename);
    const dir = this.world.options.distDir;
    for (const candidate of [`${name}.html`, name]) {
      const full = path.join(dir, candidate);
      if (fs.existsSync(full) && fs.statSync(full).isFile()) return fs.readFileSync(full, 'utf8');
    }
    throw exception(`No HTML file named ${name} was found.`);
  }

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): GoogleAppsScript.HTML.HtmlOutput {
    const content = html === undefined ? '' : typeof html === 'string' ? html : blobOf(html).getDataAsString();
    return asApi(new FakeHtmlOutput(this.world, content));
  }
  createHtmlOutputFromFile(filename: string): GoogleAppsScript.HTML.HtmlOutput {
    return asApi(new FakeHtmlOutput(this.world, this.#file(filename)));
  }
  createTemplate(html: string | GoogleAppsScript.Base.BlobSource): GoogleAppsScript.HTML.HtmlTemplate {
    const content = typeof html === 'string' ? html : blobOf(html).getDataAsString();
    return asApi(new FakeHtmlTemplate(this.world, content));
  }
  createTemplateFromFile(filename: string): GoogleAppsScript.HTML.HtmlTemplate {
    return asApi(new FakeHtmlTemplate(this.world, this.#file(filename)));
  }
}
registerFake(FakeHtmlService, { iface: 'HTML.HtmlService', service: 'Html' });

/** The HtmlOutput an argument stands for (for Ui.showSidebar & co.). */
export function htmlOf(value: unknown): FakeHtmlOutput {
  if (value instanceof FakeHtmlOutput) return value;
  throw exception('Invalid argument: userInterface');
}
