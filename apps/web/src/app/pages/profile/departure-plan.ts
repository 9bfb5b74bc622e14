import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import type { CandidateProfileView, FieldError } from '@jumush/contracts/client';
import { CandidatesApi } from '../../core/api/candidates-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { applyFieldErrors, fieldErrorsOf, firstFieldMessage } from '../../shared/forms/form-errors';
import { ProblemAlert } from '../../shared/ui/problem-alert';

/** The planned departure date on the checklist page: 3 days before it, the migrant is reminded of the items still open. */
@Component({
  selector: 'jm-departure-plan',
  imports: [ReactiveFormsModule, TranslatePipe, MatButtonModule, MatFormFieldModule, MatInputModule, ProblemAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="departure" aria-labelledby="departure-title" data-testid="departure-plan">
      <h3 id="departure-title">{{ 'departure.title' | translate }}</h3>
      <p>{{ 'departure.intro' | translate }}</p>
      <jm-problem-alert [problem]="problem()" [unmatched]="unmatched()" />
      <form [formGroup]="form" (ngSubmit)="save(form.controls.plannedDepartureOn.value || null)">
        <mat-form-field>
          <mat-label>{{ 'departure.label' | translate }}</mat-label>
          <input matInput type="date" id="planned-departure" data-testid="departure-date" formControlName="plannedDepartureOn" />
          @if (message(form.controls.plannedDepartureOn); as m) {
            <mat-error data-testid="departure-error">{{ m.key | translate: m.params }}</mat-error>
          }
        </mat-form-field>
        <div class="actions">
          <button mat-flat-button type="submit" data-testid="save-departure" [disabled]="busy()">{{ 'departure.save' | translate }}</button>
          @if (plannedOn()) {
            <button mat-button type="button" data-testid="clear-departure" [disabled]="busy()" (click)="save(null)">
              {{ 'departure.clear' | translate }}
            </button>
          }
        </div>
      </form>
      @if (confirmed()) {
        <p role="status" data-testid="departure-saved">{{ 'departure.saved' | translate }}</p>
      }
    </section>
  `,
  styles: `
    .departure {
      margin-block: 16px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class DeparturePlan {
  private readonly api = inject(CandidatesApi);
  /** The date as the profile has it now. */
  readonly plannedOn = input<string | null>(null);
  readonly saved = output<CandidateProfileView>();
  protected readonly form = new FormGroup({ plannedDepartureOn: new FormControl('', { nonNullable: true }) });
  protected readonly busy = signal(false);
  protected readonly confirmed = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);
  protected readonly unmatched = signal<FieldError[]>([]);
  protected readonly message = firstFieldMessage;

  constructor() {
    effect(() => this.form.controls.plannedDepartureOn.setValue(this.plannedOn() ?? ''));
  }

  protected save(plannedDepartureOn: string | null): void {
    this.busy.set(true);
    this.confirmed.set(false);
    this.problem.set(null);
    this.unmatched.set([]);
    this.api.planDeparture({ plannedDepartureOn }).subscribe({
      next: (profile) => {
        this.busy.set(false);
        this.confirmed.set(true);
        this.saved.emit(profile);
      },
      error: (error: unknown) => {
        const problem = toUiProblem(error);
        const unmatched = applyFieldErrors(this.form, fieldErrorsOf(problem));
        // Field errors show on the field; the alert carries only what no field can show.
        this.problem.set(unmatched.length > 0 || problem.fieldErrors.length === 0 ? problem : null);
        this.unmatched.set(unmatched);
        this.busy.set(false);
      },
    });
  }
}
