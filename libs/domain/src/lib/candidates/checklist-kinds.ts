/** The kinds of pre-departure checklist item and their states, as stored (a PostgreSQL enum each). */
export enum ChecklistItemKind {
  ForeignPassport = 'FOREIGN_PASSPORT',
  MedicalCertificate = 'MEDICAL_CERTIFICATE',
  MedicalInsurance = 'MEDICAL_INSURANCE',
  PreDepartureOrientation = 'PRE_DEPARTURE_ORIENTATION',
  RussianLanguageTest = 'RUSSIAN_LANGUAGE_TEST',
  PoliceClearance = 'POLICE_CLEARANCE',
}

export enum ChecklistItemStatus {
  NotStarted = 'NOT_STARTED',
  InProgress = 'IN_PROGRESS',
  Done = 'DONE',
  /** Recorded as lapsed (by a person or a nightly job); a DONE item past its date counts as this too. */
  Expired = 'EXPIRED',
}
