import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  AfterArrivalChecklistView,
  CandidateProfileView,
  ChecklistItemDto,
  ChecklistItemKind,
  CitizenshipDto,
  ConsentDto,
  OwnPassportNumberView,
  PassportStepDto,
  PersonalStepDto,
  PlannedDepartureDto,
  PreferencesStepDto,
  ProfileStep,
  ResidenceStepDto,
  SkillsStepDto,
} from '@jumush/contracts/client';
import { ApiPaths } from './api-paths';

/** Body of each wizard step, by step. */
export interface ProfileStepBodies {
  personal: PersonalStepDto;
  residence: ResidenceStepDto;
  skills: SkillsStepDto;
  preferences: PreferencesStepDto;
  passport: PassportStepDto;
  consent: ConsentDto;
}

/**
 * Angular's service worker leaves requests with this header alone: the "my-profile" data group would otherwise
 * cache every URL under /api/candidates/me for days.
 */
export const NOT_CACHED_OFFLINE = { 'ngsw-bypass': 'true' } as const;

/** The migrant's own profile: the wizard steps, the pre-departure checklist, export and deletion. */
@Injectable({ providedIn: 'root' })
export class CandidatesApi {
  private readonly http = inject(HttpClient);

  me(): Observable<CandidateProfileView> {
    return this.http.get<CandidateProfileView>(ApiPaths.myProfile);
  }

  /** Saves one step on its own; answers the whole profile. */
  saveStep<S extends ProfileStep>(step: S, body: ProfileStepBodies[S]): Observable<CandidateProfileView> {
    return this.http.put<CandidateProfileView>(ApiPaths.myProfileStep(step), body);
  }

  saveChecklistItem(kind: ChecklistItemKind, body: ChecklistItemDto): Observable<CandidateProfileView> {
    return this.http.put<CandidateProfileView>(ApiPaths.myChecklistItem(kind), body);
  }

  uploadChecklistDocument(kind: ChecklistItemKind, file: File): Observable<CandidateProfileView> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<CandidateProfileView>(ApiPaths.myChecklistDocument(kind), form);
  }

  /** Chooses or confirms the citizenship; refused (409 citizenship.locked) once an employer acted on an application. */
  saveCitizenship(body: CitizenshipDto): Observable<CandidateProfileView> {
    return this.http.put<CandidateProfileView>(ApiPaths.myCitizenship, body);
  }

  /** Plans the departure date (null clears it); the reminder of open checklist items comes 3 days before. */
  planDeparture(body: PlannedDepartureDto): Observable<CandidateProfileView> {
    return this.http.put<CandidateProfileView>(ApiPaths.myDeparture, body);
  }

  /** What the law asks on arrival for the migrant's citizenship; dated from `arrivedOn` when known, undated before. */
  afterArrival(arrivedOn: string | null): Observable<AfterArrivalChecklistView> {
    return this.http.get<AfterArrivalChecklistView>(ApiPaths.myAfterArrival, arrivedOn ? { params: { arrivedOn } } : {});
  }

  /** The migrant's own passport number in full, past the service worker (never kept in its offline cache). */
  passportNumber(): Observable<OwnPassportNumberView> {
    return this.http.get<OwnPassportNumberView>(ApiPaths.myPassportNumber, { headers: NOT_CACHED_OFFLINE });
  }

  /** Everything the exchange keeps about the migrant, as a JSON file (past the service worker: it holds the passport number). */
  export(): Observable<Blob> {
    return this.http.get(ApiPaths.myProfileExport, { responseType: 'blob', headers: NOT_CACHED_OFFLINE });
  }

  /** 204; the account is gone, the caller signs out. */
  deleteAccount(): Observable<void> {
    return this.http.delete<void>(ApiPaths.myProfile);
  }
}
