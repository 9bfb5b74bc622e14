import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { GRIEVANCE_CATEGORIES, hasDeparted, type FieldError, type GrievanceCategory } from '@jumush/contracts/client';
import { AfterArrivalApi } from '../../core/api/after-arrival-api';
import { ApplicationsApi } from '../../core/api/applications-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { loader } from '../../shared/data/loader';
import { LoadState } from '../../shared/ui/load-state';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { grievanceCategoryKey } from '../../shared/grievances/grievance-keys';

/**
 * `/:lang/grievances/new`: the migrant opens a grievance about a job they left for — which job, what about, what
 * happened — anonymous towards the employer unless they untick it. `?application=` preselects the job.
 */
@Component({
  selector: 'jm-grievance-new',
  imports: [FormsModule, RouterLink, TranslatePipe, MatButtonModule, LoadState, ProblemAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'data-testid': 'grievance-new' },
  template: `
    <a class="back" [routerLink]="['/', lang(), 'grievances']"><span aria-hidden="true">←</span>&nbsp;{{ 'grievances.title' | translate }}</a>
    <h1>{{ 'grievances.newTitle' | translate }}</h1>
    <jm-load-state [loading]="applications.loading()" [problem]="applications.problem()" (retry)="applications.reload()" />
    @if (applications.value()) {
      @if (departed().length === 0) {
        <p data-testid="grievance-no-jobs">{{ 'grievances.noJobs' | translate }}</p>
      } @else {
        <jm-problem-alert [problem]="problem()" />
        <form class="form" (ngSubmit)="submit()" novalidate>
          <label for="grievance-job">{{ 'grievances.job' | translate }}</label>
          <select
            id="grievance-job"
            name="applicationId"
            data-testid="grievance-job"
            [attr.aria-invalid]="!!fieldError('applicationId')"
            [attr.aria-describedby]="fieldError('applicationId') ? 'grievance-job-error' : null"
            [ngModel]="job()"
            (ngModelChange)="chosenJob.set($event)"
          >
            @for (a of departed(); track a.id) {
              <option [value]="a.id">{{ a.vacancy.title }} — {{ a.vacancy.companyName }}</option>
            }
          </select>
          @if (fieldError('applicationId'); as e) {
            <p class="error" id="grievance-job-error">{{ e.code | translate: e.params }}</p>
          }

          <label for="grievance-category">{{ 'grievances.category' | translate }}</label>
          <select
            id="grievance-category"
            name="category"
            data-testid="grievance-category"
            [attr.aria-invalid]="!!fieldError('category')"
            [attr.aria-describedby]="fieldError('category') ? 'grievance-category-error' : null"
            [ngModel]="category()"
            (ngModelChange)="category.set($event)"
          >
            <option value="">{{ 'grievances.chooseCategory' | translate }}</option>
            @for (c of categories; track c) {
              <option [value]="c">{{ categoryKey(c) | translate }}</option>
            }
          </select>
          @if (fieldError('category'); as e) {
            <p class="error" id="grievance-category-error">{{ e.code | translate: e.params }}</p>
          }

          <label for="grievance-description">{{ 'grievances.description' | translate }}</label>
          <textarea
            id="grievance-description"
            name="description"
            rows="6"
            maxlength="4000"
            data-testid="grievance-description"
            [attr.aria-invalid]="!!fieldError('description')"
            [attr.aria-describedby]="fieldError('description') ? 'grievance-description-error' : null"
            [ngModel]="description()"
            (ngModelChange)="description.set($event)"
          ></textarea>
          @if (fieldError('description'); as e) {
            <p class="error" id="grievance-description-error">{{ e.code | translate: e.params }}</p>
          }

          <label class="check" for="grievance-anonymous">
            <input
              id="grievance-anonymous"
              name="anonymous"
              type="checkbox"
              data-testid="grievance-anonymous"
              [ngModel]="anonymous()"
              (ngModelChange)="anonymous.set($event)"
            />
            {{ 'grievances.anonymous' | translate }}
          </label>
          <p class="hint">{{ 'grievances.anonymousHint' | translate }}</p>

          <button mat-flat-button type="submit" data-testid="grievance-submit" [disabled]="busy()">{{ 'grievances.submit' | translate }}</button>
        </form>
      }
    }
  `,
  styles: `
    :host {
      display: block;
      width: min(100%, 640px);
      margin-inline: auto;
    }
    .form {
      display: grid;
      /* A long job title must not widen the page past a 360 px phone. */
      grid-template-columns: minmax(0, 1fr);
      gap: 8px;
    }
    select,
    textarea {
      font: inherit;
      padding: 8px;
      min-height: 44px;
      width: 100%;
      max-width: 100%;
      box-sizing: border-box;
    }
    button[type='submit'] {
      justify-self: start;
    }
    .check {
      display: flex;
      gap: 8px;
      align-items: center;
      margin-top: 8px;
    }
    .check input {
      width: 20px;
      height: 20px;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
      margin: 0 0 8px;
    }
    .error {
      color: var(--mat-sys-error);
      margin: 0;
    }
  `,
})
export class GrievanceNew {
  /** `?application=`: the job to preselect. */
  readonly application = input<string | undefined>();

  private readonly api = inject(AfterArrivalApi);
  private readonly applicationsApi = inject(ApplicationsApi);
  private readonly router = inject(Router);
  protected readonly lang = inject(LocaleService).current;
  protected readonly categories = GRIEVANCE_CATEGORIES;

  protected readonly applications = loader(
    () => true,
    () => this.applicationsApi.mine(),
  );
  /** The jobs a grievance is about: those the migrant left for. */
  protected readonly departed = computed(() => (this.applications.value() ?? []).filter((application) => hasDeparted(application.status)));

  protected readonly chosenJob = signal<string | null>(null);
  /** The chosen job: the migrant's choice, else the one the link named, else the first. */
  protected readonly job = computed(() => {
    const jobs = this.departed();
    const wanted = this.chosenJob() ?? this.application();
    return jobs.find((application) => application.id === wanted)?.id ?? jobs[0]?.id ?? '';
  });
  protected readonly category = signal<GrievanceCategory | ''>('');
  protected readonly description = signal('');
  /** Anonymous towards the employer unless the migrant says otherwise. */
  protected readonly anonymous = signal(true);
  protected readonly busy = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);

  protected readonly categoryKey = grievanceCategoryKey;

  protected fieldError(field: string): FieldError | undefined {
    return this.problem()?.fieldErrors.find((error) => error.field === field);
  }

  protected submit(): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    this.api
      .open({
        applicationId: this.job(),
        category: this.category() as GrievanceCategory,
        description: this.description().trim(),
        anonymous: this.anonymous(),
      })
      .subscribe({
        next: () => void this.router.navigate(['/', this.lang(), 'grievances']),
        error: (error: unknown) => {
          this.problem.set(toUiProblem(error));
          this.busy.set(false);
        },
      });
  }
}
