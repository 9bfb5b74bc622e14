import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { ApiKeysView, ApiKeyView, CreateApiKeyDto, CreatedApiKeyView } from '@jumush/contracts/client';
import { ApiPaths } from './api-paths';

/** The company's API keys for HR systems: every member lists them, the owner creates (secret shown once) and revokes. */
@Injectable({ providedIn: 'root' })
export class ApiKeysApi {
  private readonly http = inject(HttpClient);

  list(): Observable<ApiKeysView> {
    return this.http.get<ApiKeysView>(ApiPaths.apiKeys);
  }

  create(body: CreateApiKeyDto): Observable<CreatedApiKeyView> {
    return this.http.post<CreatedApiKeyView>(ApiPaths.apiKeys, body);
  }

  revoke(id: string): Observable<ApiKeyView> {
    return this.http.post<ApiKeyView>(ApiPaths.apiKeyRevoke(id), null);
  }
}
