/**
 * The Form's own settings: title, texts, email collection, response options and URLs. Settings
 * that only change what a respondent sees are stored and read back; accepting responses,
 * collecting email and one response per user are enforced on respondent submissions.
 */
import { asApi } from '../bridge';
import type { World } from '../world';
import { editUrl, liveForm, publishedUrl, type FormModel } from './state';

type F = GoogleAppsScript.Forms.Form;

export type SettingsMethods =
  | 'getId' | 'getTitle' | 'setTitle' | 'getDescription' | 'setDescription' | 'getConfirmationMessage'
  | 'setConfirmationMessage' | 'getCustomClosedFormMessage' | 'setCustomClosedFormMessage' | 'collectsEmail'
  | 'setCollectEmail' | 'canEditResponse' | 'setAllowResponseEdits' | 'hasLimitOneResponsePerUser'
  | 'setLimitOneResponsePerUser' | 'hasProgressBar' | 'setProgressBar' | 'hasRespondAgainLink'
  | 'setShowLinkToRespondAgain' | 'isAcceptingResponses' | 'setAcceptingResponses' | 'getShuffleQuestions'
  | 'setShuffleQuestions' | 'isQuiz' | 'setIsQuiz' | 'getPublishedUrl' | 'getEditUrl' | 'getSummaryUrl';

export abstract class FormSettings implements Pick<F, SettingsMethods> {
  constructor(
    protected readonly world: World,
    readonly formId: string,
  ) {}

  protected form(): FormModel {
    return liveForm(this.world, this.formId);
  }
  protected self(): F {
    return asApi<F>(this);
  }
  #set(fn: (f: FormModel) => void): F {
    fn(this.form());
    return this.self();
  }

  getId(): string {
    return this.formId;
  }
  getTitle(): string {
    return this.form().title;
  }
  setTitle(title: string): F {
    return this.#set((f) => (f.title = String(title ?? '')));
  }
  getDescription(): string {
    return this.form().description;
  }
  setDescription(description: string): F {
    return this.#set((f) => (f.description = String(description ?? '')));
  }
  getConfirmationMessage(): string {
    return this.form().confirmationMessage;
  }
  setConfirmationMessage(message: string): F {
    return this.#set((f) => (f.confirmationMessage = String(message ?? '')));
  }
  getCustomClosedFormMessage(): string {
    return this.form().closedMessage;
  }
  setCustomClosedFormMessage(message: string): F {
    return this.#set((f) => (f.closedMessage = String(message ?? '')));
  }
  collectsEmail(): boolean {
    return this.form().collectEmail;
  }
  setCollectEmail(collect: boolean): F {
    return this.#set((f) => (f.collectEmail = Boolean(collect)));
  }
  canEditResponse(): boolean {
    return this.form().allowResponseEdits;
  }
  setAllowResponseEdits(enabled: boolean): F {
    return this.#set((f) => (f.allowResponseEdits = Boolean(enabled)));
  }
  hasLimitOneResponsePerUser(): boolean {
    return this.form().limitOneResponsePerUser;
  }
  setLimitOneResponsePerUser(enabled: boolean): F {
    return this.#set((f) => (f.limitOneResponsePerUser = Boolean(enabled)));
  }
  hasProgressBar(): boolean {
    return this.form().progressBar;
  }
  setProgressBar(enabled: boolean): F {
    return this.#set((f) => (f.progressBar = Boolean(enabled)));
  }
  hasRespondAgainLink(): boolean {
    return this.form().respondAgainLink;
  }
  setShowLinkToRespondAgain(enabled: boolean): F {
    return this.#set((f) => (f.respondAgainLink = Boolean(enabled)));
  }
  isAcceptingResponses(): boolean {
    return this.form().acceptingResponses;
  }
  setAcceptingResponses(enabled: boolean): F {
    return this.#set((f) => (f.acceptingResponses = Boolean(enabled)));
  }
  getShuffleQuestions(): boolean {
    return this.form().shuffleQuestions;
  }
  setShuffleQuestions(shuffle: boolean): F {
    return this.#set((f) => (f.shuffleQuestions = Boolean(shuffle)));
  }
  isQuiz(): boolean {
    return this.form().quiz;
  }
  setIsQuiz(enabled: boolean): F {
    return this.#set((f) => (f.quiz = Boolean(enabled)));
  }
  getPublishedUrl(): string {
    return publishedUrl(this.form());
  }
  getEditUrl(): string {
    return editUrl(this.form());
  }
  getSummaryUrl(): string {
    return `https://docs.google.com/forms/d/${this.formId}/viewanalytics`;
  }
}
