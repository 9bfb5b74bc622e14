import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { HelpContactDto, HelpContactView, MyHelpView } from '@jumush/contracts/client';
import { ApiPaths } from './api-paths';

/** Help nearby: the migrant's list (kept offline by the service worker, data group "my-help") and the staff's directory. */
@Injectable({ providedIn: 'root' })
export class HelpApi {
  private readonly http = inject(HttpClient);

  mine(lang: string): Observable<MyHelpView> {
    return this.http.get<MyHelpView>(ApiPaths.myHelp, { params: { lang } });
  }

  list(): Observable<HelpContactView[]> {
    return this.http.get<HelpContactView[]>(ApiPaths.helpContacts);
  }

  create(contact: HelpContactDto): Observable<HelpContactView> {
    return this.http.post<HelpContactView>(ApiPaths.helpContacts, contact);
  }

  update(id: string, contact: HelpContactDto): Observable<HelpContactView> {
    return this.http.put<HelpContactView>(ApiPaths.helpContact(id), contact);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(ApiPaths.helpContact(id));
  }
}
