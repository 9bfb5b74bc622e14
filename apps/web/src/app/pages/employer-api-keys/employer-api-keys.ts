import { ChangeDetectionStrategy, Component, DOCUMENT, ElementRef, Injector, afterNextRender, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, type ValidatorFn } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import {
  API_KEY_NAME_MAX_LENGTH,
  API_KEY_SCOPES,
  type ApiKeyScope,
  type ApiKeyStanding,
  type CreatedApiKeyView,
  type FieldError,
} from '@jumush/contracts/client';
import { ApiKeysApi } from '../../core/api/api-keys-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { loader } from '../../shared/data/loader';
import { LocalDatePipe } from '../../shared/format/format-pipes';
import { applyFieldErrors, fieldErrorsOf, firstFieldMessage } from '../../shared/forms/form-errors';
import { maxLengthField, requiredField } from '../../shared/forms/validators';
import { LoadState } from '../../shared/ui/load-state';
import { ProblemAlert } from '../../shared/ui/problem-alert';

/** Lifetimes offered for a new key, in days; 0: until revoked. */
const LIFETIMES = [0, 30, 90, 365] as const;

/** At least one scope ticked. */
const someScope: ValidatorFn = (group) =>
  Object.values(group.value as Record<string, boolean>).some(Boolean) ? null : { 'apiKeys.scopesRequired': {} };

/**
 * `/:lang/employer/api-keys`: the company's API keys for its HR systems. Every member sees them; the owner creates
 * one (its secret shown once, with a copy button) and revokes them (after a confirmation).
 */
@Component({
  selector: 'jm-employer-api-keys',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    LoadState,
    ProblemAlert,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './employer-api-keys.html',
  styleUrls: ['../../shared/ui/list-page.scss', './employer-api-keys.scss'],
})
export class EmployerApiKeys {
  private readonly api = inject(ApiKeysApi);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  protected readonly lang = inject(LocaleService).current;

  /** How an HR system presents a key: the two headers the API reads (not language: the same in every one). */
  protected readonly headers = ['Authorization: Bearer jmk_…', 'X-Api-Key: jmk_…'] as const;
  protected readonly scopes = API_KEY_SCOPES;
  protected readonly lifetimes = LIFETIMES;
  protected readonly keys = loader(
    () => true,
    () => this.api.list(),
  );

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [requiredField, maxLengthField(API_KEY_NAME_MAX_LENGTH)]],
    scopes: inject(NonNullableFormBuilder).group(
      Object.fromEntries(API_KEY_SCOPES.map((scope) => [scope, scope === 'vacancies:read'])) as Record<ApiKeyScope, boolean>,
      { validators: someScope },
    ),
    lifetime: [0 as number],
  });
  protected readonly creating = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);
  protected readonly unmatched = signal<FieldError[]>([]);
  protected readonly message = firstFieldMessage;

  /** The key just created, with its secret: shown until the owner closes it, never again. */
  protected readonly created = signal<CreatedApiKeyView | null>(null);
  protected readonly copied = signal(false);
  private readonly secretPanel = viewChild<ElementRef<HTMLElement>>('secretPanel');

  /** The key whose revocation waits for a second, explicit click. */
  protected readonly confirming = signal<string | null>(null);
  protected readonly actionProblem = signal<UiProblem | null>(null);

  protected readonly scopeKey = (scope: ApiKeyScope) => `apiKeys.scope.${scope.replace(':', '_')}`;
  protected readonly standingKey = (standing: ApiKeyStanding) => `apiKeys.standing.${standing}`;

  protected create(): void {
    if (this.creating()) return;
    this.problem.set(null);
    this.unmatched.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { name, scopes, lifetime } = this.form.getRawValue();
    this.creating.set(true);
    this.api
      .create({
        name: name.trim(),
        scopes: API_KEY_SCOPES.filter((scope) => scopes[scope]),
        ...(lifetime > 0 ? { expiresInDays: lifetime } : {}),
      })
      .subscribe({
        next: (created) => {
          this.creating.set(false);
          this.copied.set(false);
          this.created.set(created);
          this.form.reset();
          this.keys.reload();
          // Keyboard and screen-reader users land on the secret they must copy now.
          afterNextRender(() => this.secretPanel()?.nativeElement.focus(), { injector: this.injector });
        },
        error: (error: unknown) => {
          const problem = toUiProblem(error);
          this.unmatched.set(applyFieldErrors(this.form, fieldErrorsOf(problem)));
          this.problem.set(problem);
          this.creating.set(false);
        },
      });
  }

  protected copy(secret: string): void {
    const clipboard = this.document.defaultView?.navigator.clipboard;
    if (!clipboard) return;
    clipboard.writeText(secret).then(
      () => this.copied.set(true),
      () => undefined,
    );
  }

  protected closeSecret(): void {
    this.created.set(null);
    this.copied.set(false);
  }

  protected revoke(id: string): void {
    this.actionProblem.set(null);
    this.api.revoke(id).subscribe({
      next: () => {
        this.confirming.set(null);
        if (this.created()?.key.id === id) this.closeSecret();
        this.keys.reload();
      },
      error: (error: unknown) => this.actionProblem.set(toUiProblem(error)),
    });
  }
}
