import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import {
  HELP_CONTACT_KINDS,
  HELP_DAYS,
  HELP_LANGUAGES,
  Role,
  type FieldError,
  type HelpContactDto,
  type HelpContactKind,
  type HelpContactView,
  type HelpDay,
  type HelpLanguage,
} from '@jumush/contracts/client';
import { HelpApi } from '../../core/api/help-api';
import { AuthService } from '../../core/auth/auth.service';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { loader } from '../../shared/data/loader';
import { HelpContactCard } from '../../shared/migrant/help-contact-card';
import { regionOptions } from '../../shared/reference/regions';
import { LoadState } from '../../shared/ui/load-state';
import { ProblemAlert } from '../../shared/ui/problem-alert';

interface Draft {
  name: string;
  kind: HelpContactKind;
  regions: string[];
  languages: Record<HelpLanguage, boolean>;
  phone: string;
  address: string;
  website: string;
  hours: Record<HelpDay, string>;
  /** The admin's: comma-separated country codes, empty for every country. */
  originCountries: string;
}

const emptyDraft = (): Draft => ({
  name: '',
  kind: 'HOTLINE',
  regions: [],
  languages: { ru: true, ky: false, uz: false, tg: false, en: false },
  phone: '',
  address: '',
  website: '',
  hours: { mon: '', tue: '', wed: '', thu: '', fri: '', sat: '', sun: '' },
  originCountries: '',
});

/**
 * `/:lang/attache/help` and `/:lang/admin/help`: the help directory. An attaché adds and changes their country's
 * entries (and reads those for every country); the admin every entry, choosing the countries it serves.
 */
@Component({
  selector: 'jm-help-editor',
  imports: [FormsModule, TranslatePipe, MatButtonModule, LoadState, ProblemAlert, HelpContactCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'data-testid': 'help-editor' },
  template: `
    <h1>{{ 'helpEditor.title' | translate }}</h1>
    <p>{{ (isAdmin() ? 'helpEditor.introAdmin' : 'helpEditor.introAttache') | translate }}</p>

    <section class="editor" aria-labelledby="help-form-title">
      <h2 id="help-form-title">{{ (editing() ? 'helpEditor.editTitle' : 'helpEditor.addTitle') | translate }}</h2>
      <jm-problem-alert [problem]="problem()" />
      <form class="form" (ngSubmit)="save()" novalidate>
        <label for="help-name">{{ 'helpEditor.name' | translate }}</label>
        <input
          id="help-name"
          name="name"
          data-testid="help-name"
          maxlength="200"
          [attr.aria-invalid]="!!fieldError('name')"
          [(ngModel)]="draft.name"
        />
        @if (fieldError('name'); as e) {
          <p class="error">{{ e.code | translate: e.params }}</p>
        }

        <label for="help-kind">{{ 'helpEditor.kind' | translate }}</label>
        <select id="help-kind" name="kind" data-testid="help-kind-input" [(ngModel)]="draft.kind">
          @for (kind of kinds; track kind) {
            <option [value]="kind">{{ kindKey(kind) | translate }}</option>
          }
        </select>

        <label for="help-regions">{{ 'helpEditor.regions' | translate }}</label>
        <select
          id="help-regions"
          name="regions"
          multiple
          size="6"
          data-testid="help-regions"
          aria-describedby="help-regions-hint"
          [(ngModel)]="draft.regions"
        >
          @for (r of regions(); track r.code) {
            <option [value]="r.code">{{ r.name }}</option>
          }
        </select>
        <p class="hint" id="help-regions-hint">{{ 'helpEditor.regionsHint' | translate }}</p>
        @if (fieldError('regions'); as e) {
          <p class="error">{{ e.code | translate: e.params }}</p>
        }

        <fieldset>
          <legend>{{ 'help.languages' | translate }}</legend>
          @for (language of languages; track language) {
            <label class="check" [for]="'help-language-' + language">
              <input type="checkbox" [id]="'help-language-' + language" [name]="'language-' + language" [(ngModel)]="draft.languages[language]" />
              <span [attr.lang]="language">{{ 'language.' + language | translate }}</span>
            </label>
          }
          @if (fieldError('languages'); as e) {
            <p class="error">{{ e.code | translate: e.params }}</p>
          }
        </fieldset>

        <label for="help-phone">{{ 'help.phone' | translate }}</label>
        <input
          id="help-phone"
          name="phone"
          type="tel"
          data-testid="help-phone-input"
          [attr.aria-invalid]="!!fieldError('phone')"
          [(ngModel)]="draft.phone"
        />
        @if (fieldError('phone'); as e) {
          <p class="error" data-testid="help-phone-error">{{ e.code | translate: e.params }}</p>
        }
        <label for="help-address">{{ 'help.address' | translate }}</label>
        <input id="help-address" name="address" maxlength="300" [(ngModel)]="draft.address" />
        <label for="help-website">{{ 'help.website' | translate }}</label>
        <input id="help-website" name="website" type="url" [attr.aria-invalid]="!!fieldError('website')" [(ngModel)]="draft.website" />
        @if (fieldError('website'); as e) {
          <p class="error">{{ e.code | translate: e.params }}</p>
        }

        <fieldset class="hours">
          <legend>{{ 'help.hours' | translate }}</legend>
          @for (day of days; track day) {
            <label [for]="'help-hours-' + day">{{ dayKey(day) | translate }}</label>
            <input [id]="'help-hours-' + day" [name]="'hours-' + day" maxlength="60" placeholder="09:00–18:00" [(ngModel)]="draft.hours[day]" />
          }
        </fieldset>

        @if (isAdmin()) {
          <label for="help-countries">{{ 'helpEditor.countries' | translate }}</label>
          <input id="help-countries" name="originCountries" aria-describedby="help-countries-hint" [(ngModel)]="draft.originCountries" />
          <p class="hint" id="help-countries-hint">{{ 'helpEditor.countriesHint' | translate }}</p>
          @if (fieldError('originCountries'); as e) {
            <p class="error">{{ e.code | translate: e.params }}</p>
          }
        }

        <div class="buttons">
          <button mat-flat-button type="submit" data-testid="help-save" [disabled]="busy()">{{ 'helpEditor.save' | translate }}</button>
          @if (editing()) {
            <button mat-stroked-button type="button" (click)="reset()">{{ 'helpEditor.cancel' | translate }}</button>
          }
        </div>
      </form>
    </section>

    <section aria-labelledby="help-list-title">
      <h2 id="help-list-title">{{ 'helpEditor.listTitle' | translate }}</h2>
      <jm-load-state [loading]="contacts.loading()" [problem]="contacts.problem()" (retry)="contacts.reload()" />
      @if (contacts.value(); as items) {
        @if (items.length === 0) {
          <p data-testid="help-editor-empty">{{ 'help.empty' | translate }}</p>
        }
        <ul class="list">
          @for (c of items; track c.id) {
            <li class="item" data-testid="help-editor-item" [attr.data-id]="c.id" [attr.aria-labelledby]="'help-' + c.id">
              <jm-help-contact-card [contact]="c" [lang]="lang()" />
              @if (c.editable) {
                <div class="buttons">
                  <button mat-stroked-button type="button" data-testid="help-edit" (click)="edit(c)">{{ 'helpEditor.edit' | translate }}</button>
                  <button mat-stroked-button type="button" data-testid="help-delete" [disabled]="busy()" (click)="remove(c)">
                    {{ 'helpEditor.delete' | translate }}
                  </button>
                </div>
              } @else {
                <p class="hint">{{ 'helpEditor.readOnly' | translate }}</p>
              }
            </li>
          }
        </ul>
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
      width: min(100%, 960px);
      margin-inline: auto;
    }
    .form {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 6px;
      max-width: 640px;
    }
    input,
    select {
      font: inherit;
      padding: 6px 8px;
      min-height: 40px;
      width: 100%;
      max-width: 100%;
      box-sizing: border-box;
    }
    .check input {
      width: auto;
      min-height: 0;
    }
    fieldset {
      min-width: 0;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
    }
    .hours {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      align-items: center;
    }
    .check {
      display: inline-flex;
      gap: 6px;
      align-items: center;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
      margin: 0;
    }
    .error {
      color: var(--mat-sys-error);
      margin: 0;
    }
    .buttons {
      display: flex;
      gap: 8px;
      margin-top: 8px;
    }
    .list {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 12px;
    }
    .item {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px 16px;
    }
  `,
})
export class HelpEditor {
  private readonly api = inject(HelpApi);
  private readonly auth = inject(AuthService);
  protected readonly lang = inject(LocaleService).current;
  protected readonly kinds = HELP_CONTACT_KINDS;
  protected readonly languages = HELP_LANGUAGES;
  protected readonly days = HELP_DAYS;
  protected readonly isAdmin = computed(() => this.auth.role() === Role.Admin);
  protected readonly regions = computed(() => regionOptions(this.lang()));

  protected readonly contacts = loader(
    () => true,
    () => this.api.list(),
  );
  protected draft: Draft = emptyDraft();
  protected readonly editing = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);

  protected kindKey(kind: string): string {
    return `help.kind.${kind}`;
  }

  protected dayKey(day: string): string {
    return `help.day.${day}`;
  }

  protected fieldError(field: string): FieldError | undefined {
    return this.problem()?.fieldErrors.find((error) => error.field === field || error.field.startsWith(`${field}.`));
  }

  protected edit(contact: HelpContactView): void {
    const draft = emptyDraft();
    this.draft = {
      ...draft,
      name: contact.name,
      kind: contact.kind,
      regions: [...contact.regions],
      languages: Object.fromEntries(HELP_LANGUAGES.map((language) => [language, contact.languages.includes(language)])) as Draft['languages'],
      phone: contact.phone ?? '',
      address: contact.address ?? '',
      website: contact.website ?? '',
      hours: { ...draft.hours, ...contact.hours },
      originCountries: contact.originCountries.join(', '),
    };
    this.problem.set(null);
    this.editing.set(contact.id);
  }

  protected reset(): void {
    this.draft = emptyDraft();
    this.problem.set(null);
    this.editing.set(null);
  }

  protected save(): void {
    if (this.busy()) return;
    const id = this.editing();
    const contact = this.toDto(this.draft);
    this.busy.set(true);
    this.problem.set(null);
    (id ? this.api.update(id, contact) : this.api.create(contact)).subscribe({
      next: () => {
        this.busy.set(false);
        this.reset();
        this.contacts.reload();
      },
      error: (error: unknown) => this.failed(error),
    });
  }

  protected remove(contact: HelpContactView): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    this.api.remove(contact.id).subscribe({
      next: () => {
        this.busy.set(false);
        if (this.editing() === contact.id) this.reset();
        this.contacts.reload();
      },
      error: (error: unknown) => this.failed(error),
    });
  }

  private failed(error: unknown): void {
    this.problem.set(toUiProblem(error));
    this.busy.set(false);
  }

  private toDto(draft: Draft): HelpContactDto {
    const hours = Object.fromEntries(HELP_DAYS.filter((day) => draft.hours[day].trim()).map((day) => [day, draft.hours[day].trim()]));
    return {
      name: draft.name.trim(),
      kind: draft.kind,
      regions: draft.regions,
      languages: HELP_LANGUAGES.filter((language) => draft.languages[language]),
      phone: draft.phone.trim() || null,
      address: draft.address.trim() || null,
      website: draft.website.trim() || null,
      hours,
      // An attaché's entry serves their country: the API sets it.
      ...(this.isAdmin()
        ? {
            originCountries: draft.originCountries
              .split(/[\s,]+/)
              .map((code) => code.trim().toUpperCase())
              .filter(Boolean),
          }
        : {}),
    };
  }
}
