/** Withdrawing an application, the same from the list and from its own page: a confirmation with an optional reason. */
import type { MatDialog } from '@angular/material/dialog';
import type { Observable } from 'rxjs';
import type { MyApplicationView } from '@jumush/contracts/client';
import type { ApplicationsApi } from '../../core/api/applications-api';
import { DECISION_DIALOG_CONFIG, DecisionDialog, type DecisionDialogData } from '../../shared/ui/decision-dialog';

/** Emits the withdrawn application, or undefined when the migrant changed their mind. */
export function confirmWithdrawal(
  dialog: MatDialog,
  api: ApplicationsApi,
  application: MyApplicationView,
): Observable<MyApplicationView | undefined> {
  const data: DecisionDialogData<MyApplicationView> = {
    titleKey: 'myApplications.withdrawTitle',
    textKey: 'myApplications.withdrawText',
    textParams: { title: application.vacancy.title },
    confirmKey: 'myApplications.withdraw',
    reasonRequired: false,
    reasonOptional: true,
    reasonLabelKey: 'myApplications.withdrawReason',
    reasonHintKey: 'myApplications.withdrawReasonHint',
    destructive: true,
    submit: (reason) => api.withdraw(application.id, application.version, reason),
  };
  return dialog.open(DecisionDialog<MyApplicationView>, { ...DECISION_DIALOG_CONFIG, data }).afterClosed();
}
