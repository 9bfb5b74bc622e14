import { HttpClient, type HttpEvent } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  CheckInAnswer,
  CheckInQuestion,
  CheckInView,
  GrievanceMove,
  GrievanceSummaryView,
  GrievanceView,
  OpenGrievanceDto,
} from '@jumush/contracts/client';
import { ApiPaths } from './api-paths';

/** Who reads a grievance: its migrant, or the staff (attaché, admin). */
export type GrievanceReader = 'migrant' | 'staff';

/** After arrival: the migrant's check-ins and grievances, and the attaché's grievance queue. */
@Injectable({ providedIn: 'root' })
export class AfterArrivalApi {
  private readonly http = inject(HttpClient);

  myCheckIns(): Observable<CheckInView[]> {
    return this.http.get<CheckInView[]>(ApiPaths.myCheckIns);
  }

  checkIn(id: string): Observable<CheckInView> {
    return this.http.get<CheckInView>(ApiPaths.checkIn(id));
  }

  answer(id: string, question: CheckInQuestion, answer: CheckInAnswer): Observable<CheckInView> {
    return this.http.post<CheckInView>(ApiPaths.checkInAnswers(id), { question, answer });
  }

  queue(): Observable<GrievanceSummaryView[]> {
    return this.http.get<GrievanceSummaryView[]>(ApiPaths.attacheGrievances);
  }

  mine(): Observable<GrievanceSummaryView[]> {
    return this.http.get<GrievanceSummaryView[]>(ApiPaths.myGrievances);
  }

  /** The migrant opens a grievance about one of their jobs. */
  open(grievance: OpenGrievanceDto): Observable<GrievanceView> {
    return this.http.post<GrievanceView>(ApiPaths.grievances, grievance);
  }

  grievance(reader: GrievanceReader, id: string): Observable<GrievanceView> {
    return this.http.get<GrievanceView>(this.path(reader, id));
  }

  write(reader: GrievanceReader, id: string, body: string): Observable<GrievanceView> {
    return this.http.post<GrievanceView>(`${this.path(reader, id)}/messages`, { body });
  }

  move(reader: GrievanceReader, id: string, move: GrievanceMove, version: number, reason?: string): Observable<GrievanceView> {
    return this.http.post<GrievanceView>(
      `${this.path(reader, id)}/moves`,
      reason?.trim() ? { move, version, reason: reason.trim() } : { move, version },
    );
  }

  /** Multipart: one file (PDF, JPEG, PNG) added to the migrant's own open grievance; reports upload progress. */
  attach(id: string, file: File): Observable<HttpEvent<GrievanceView>> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<GrievanceView>(ApiPaths.myGrievanceAttachments(id), form, { reportProgress: true, observe: 'events' });
  }

  attachment(reader: GrievanceReader, id: string, attachmentId: string): Observable<Blob> {
    return this.http.get(ApiPaths.grievanceAttachment(reader, id, attachmentId), { responseType: 'blob' });
  }

  private path(reader: GrievanceReader, id: string): string {
    return reader === 'staff' ? ApiPaths.attacheGrievance(id) : ApiPaths.myGrievance(id);
  }
}
