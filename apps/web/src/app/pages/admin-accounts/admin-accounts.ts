import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { Observable } from 'rxjs';
import {
  Locale,
  Role,
  SUPPORTED_LOCALES,
  type AdminAccountView,
  type FieldError,
  type OriginCountryView,
  type RevokedSessionsView,
} from '@jumush/contracts/client';
import { AdminConsoleApi } from '../../core/api/admin-console-api';
import { OriginCountriesApi } from '../../core/api/origin-countries-api';
import { AuthService } from '../../core/auth/auth.service';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { loader } from '../../shared/data/loader';
import { LIST_PAGE_SIZE } from '../../shared/data/paging';
import { LocalDatePipe } from '../../shared/format/format-pipes';
import { applyFieldErrors, fieldErrorsOf, firstFieldMessage } from '../../shared/forms/form-errors';
import { emailField, lengthField, maxLengthField, requiredField } from '../../shared/forms/validators';
import { regionName, regionOptions } from '../../shared/reference/regions';
import { LoadState } from '../../shared/ui/load-state';
import { Pager } from '../../shared/ui/pager';
import { ProblemAlert } from '../../shared/ui/problem-alert';

/** Each role's label, named literally so the translation check sees every key. */
export const ROLE_KEYS: Readonly<Record<Role, string>> = {
  [Role.Migrant]: 'roles.MIGRANT',
  [Role.Employer]: 'roles.EMPLOYER',
  [Role.Attache]: 'roles.ATTACHE',
  [Role.Admin]: 'roles.ADMIN',
};

export const ROLES: readonly Role[] = [Role.Migrant, Role.Employer, Role.Attache, Role.Admin];

/** An action on an account waiting for its second, explicit click. */
type PendingAction = { id: string; action: 'disable' | 'enable' | 'revoke' | 'resetTwoFactor' };

/** Staff sign in with two-factor: the page shows its state and offers its reset for them only. */
export const isStaff = (role: Role): boolean => role === Role.Attache || role === Role.Admin;

/**
 * `/:lang/admin/accounts`: the admin finds accounts (by e-mail, phone or name, role and country), disables and enables
 * them, ends their sessions, resets a staff member's two-factor sign-in (a lost phone), and creates a labour attaché's account, whose owner gets a one-time set-up link by e-mail.
 */
@Component({
  selector: 'jm-admin-accounts',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
    LoadState,
    Pager,
    ProblemAlert,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './admin-accounts.html',
  styleUrls: ['../../shared/ui/list-page.scss', './admin-accounts.scss'],
})
export class AdminAccounts {
  private readonly api = inject(AdminConsoleApi);
  private readonly auth = inject(AuthService);
  private readonly originCountries = inject(OriginCountriesApi);
  protected readonly lang = inject(LocaleService).current;
  protected readonly roles = ROLES;
  protected readonly roleKey = (role: Role) => ROLE_KEYS[role];
  protected readonly locales = SUPPORTED_LOCALES;
  protected readonly isStaff = isStaff;
  protected readonly isAdmin = (role: Role): boolean => role === Role.Admin;
  protected readonly myId = computed(() => this.auth.account()?.id ?? null);

  // The search, applied when the form is sent (not on every key: a phone number is typed in pieces).
  protected readonly query = signal<{ q: string; role: Role | null; country: string | null }>({ q: '', role: null, country: null });
  protected readonly page = signal(1);
  protected readonly accounts = loader(
    () => ({ ...this.query(), page: this.page(), pageSize: LIST_PAGE_SIZE }),
    (query) => this.api.accounts(query),
  );
  protected readonly countries = loader(
    () => true,
    () => this.originCountries.list(),
  );
  protected readonly searchForm = inject(NonNullableFormBuilder).group({ q: ['', [maxLengthField(120)]], role: [''], country: [''] });

  protected readonly pending = signal<PendingAction | null>(null);
  protected readonly acting = signal(false);
  protected readonly actionProblem = signal<UiProblem | null>(null);
  /** What the last action did, said in a live region. */
  protected readonly done = signal<{ key: string; params: Record<string, unknown> } | null>(null);

  protected readonly regionOptions = computed(() => regionOptions(this.lang()));
  protected readonly createForm = inject(NonNullableFormBuilder).group({
    email: ['', [requiredField, maxLengthField(254), emailField]],
    fullName: ['', [requiredField, lengthField(2, 120)]],
    originCountry: ['', [requiredField]],
    coveredRegions: [[] as string[]],
    locale: [Locale.Russian as Locale],
  });
  /** The regions ticked, as the form holds them (kept in a signal for the template). */
  protected readonly chosenRegions = signal<readonly string[]>([]);
  protected readonly creating = signal(false);
  protected readonly createProblem = signal<UiProblem | null>(null);
  protected readonly createUnmatched = signal<FieldError[]>([]);
  protected readonly created = signal<AdminAccountView | null>(null);
  protected readonly message = firstFieldMessage;

  protected search(): void {
    if (this.searchForm.invalid) {
      this.searchForm.markAllAsTouched();
      return;
    }
    const { q, role, country } = this.searchForm.getRawValue();
    this.query.set({ q: q.trim(), role: ROLES.find((r) => r === role) ?? null, country: country || null });
    this.page.set(1);
  }

  protected clearSearch(): void {
    this.searchForm.reset({ q: '', role: '', country: '' });
    this.search();
  }

  protected countryName(code: string | null, countries: readonly OriginCountryView[] | undefined): string {
    if (!code) return '';
    const country = countries?.find((c) => c.code === code);
    return country?.names[this.lang()] ?? country?.names['ru'] ?? code;
  }

  protected regionList(codes: readonly string[] | null): string {
    return (codes ?? []).map((code) => regionName(code, this.lang())).join(', ');
  }

  protected ask(id: string, action: PendingAction['action']): void {
    this.actionProblem.set(null);
    this.done.set(null);
    this.pending.set({ id, action });
  }

  /** Runs the confirmed action, then reloads the page of accounts. */
  protected confirm(account: AdminAccountView): void {
    const pending = this.pending();
    if (!pending || pending.id !== account.id || this.acting()) return;
    this.acting.set(true);
    const who = account.fullName || account.email || account.phone || account.id;
    const request: Observable<RevokedSessionsView | void> =
      pending.action === 'disable'
        ? this.api.disable(account.id)
        : pending.action === 'enable'
          ? this.api.enable(account.id)
          : pending.action === 'resetTwoFactor'
            ? this.api.resetTwoFactor(account.id)
            : this.api.revokeSessions(account.id);
    request.subscribe({
      next: (answer) => {
        this.acting.set(false);
        this.pending.set(null);
        this.done.set(
          pending.action === 'disable'
            ? { key: 'adminAccounts.disabledDone', params: { who } }
            : pending.action === 'enable'
              ? { key: 'adminAccounts.enabledDone', params: { who } }
              : pending.action === 'resetTwoFactor'
                ? { key: 'adminAccounts.twoFactorResetDone', params: { who } }
                : { key: 'adminAccounts.revokedDone', params: { who, count: answer ? answer.revoked : 0 } },
        );
        this.accounts.reload();
      },
      error: (error: unknown) => {
        this.acting.set(false);
        this.actionProblem.set(toUiProblem(error));
      },
    });
  }

  protected createAttache(): void {
    if (this.creating()) return;
    this.createProblem.set(null);
    this.createUnmatched.set([]);
    this.created.set(null);
    if (this.createForm.invalid) {
      this.createForm.markAllAsTouched();
      return;
    }
    const value = this.createForm.getRawValue();
    this.creating.set(true);
    this.api
      .createAttache({
        email: value.email.trim().toLowerCase(),
        fullName: value.fullName.trim(),
        originCountry: value.originCountry,
        coveredRegions: value.coveredRegions.length > 0 ? value.coveredRegions : null,
        locale: value.locale,
      })
      .subscribe({
        next: (account) => {
          this.creating.set(false);
          this.created.set(account);
          this.createForm.reset({ email: '', fullName: '', originCountry: '', coveredRegions: [], locale: Locale.Russian });
          this.chosenRegions.set([]);
          this.accounts.reload();
        },
        error: (error: unknown) => {
          const problem = toUiProblem(error);
          this.createUnmatched.set(applyFieldErrors(this.createForm, fieldErrorsOf(problem)));
          this.createProblem.set(problem);
          this.creating.set(false);
        },
      });
  }

  protected toggleRegion(code: string, chosen: boolean): void {
    const control = this.createForm.controls.coveredRegions;
    const next = chosen ? [...new Set([...control.value, code])] : control.value.filter((c) => c !== code);
    control.setValue(next);
    control.markAsTouched();
    this.chosenRegions.set(next);
  }

  /** The countries of the admin account being edited (its id), ticked as the form holds them. */
  protected readonly supervising = signal<{ id: string; countries: readonly string[] } | null>(null);

  protected editSupervision(account: AdminAccountView): void {
    this.actionProblem.set(null);
    this.done.set(null);
    this.supervising.set({ id: account.id, countries: account.supervisedCountries });
  }

  protected toggleSupervised(code: string, chosen: boolean): void {
    const current = this.supervising();
    if (!current) return;
    const countries = chosen ? [...new Set([...current.countries, code])] : current.countries.filter((c) => c !== code);
    this.supervising.set({ ...current, countries });
  }

  protected saveSupervision(account: AdminAccountView): void {
    const current = this.supervising();
    if (!current || current.id !== account.id || this.acting()) return;
    this.acting.set(true);
    const who = account.fullName || account.email || account.id;
    this.api.setSupervisedCountries(account.id, current.countries).subscribe({
      next: () => {
        this.acting.set(false);
        this.supervising.set(null);
        this.done.set({ key: 'adminAccounts.supervisionDone', params: { who } });
        this.accounts.reload();
      },
      error: (error: unknown) => {
        this.acting.set(false);
        this.actionProblem.set(toUiProblem(error));
      },
    });
  }

  protected countryList(codes: readonly string[], countries: readonly OriginCountryView[] | undefined): string {
    return codes.map((code) => this.countryName(code, countries)).join(', ');
  }

  protected languageKey(locale: Locale): string {
    return `language.${locale}`;
  }
}
