import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { TelegramLinkStatusView, TelegramLinkView } from '@jumush/contracts/client';
import { ApiPaths } from './api-paths';

/** Linking my Telegram chat: whether the bot exists and my chat is linked, a one-time link into the bot, unlinking. */
@Injectable({ providedIn: 'root' })
export class TelegramLinkApi {
  private readonly http = inject(HttpClient);

  status(): Observable<TelegramLinkStatusView> {
    return this.http.get<TelegramLinkStatusView>(ApiPaths.telegramLinkStatus);
  }

  createLink(): Observable<TelegramLinkView> {
    return this.http.post<TelegramLinkView>(ApiPaths.telegramLink, null);
  }

  unlink(): Observable<void> {
    return this.http.delete<void>(ApiPaths.telegramLink);
  }
}
