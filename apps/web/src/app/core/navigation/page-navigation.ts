import { DOCUMENT } from '@angular/common';
import { Injectable, inject } from '@angular/core';

/** Leaves the Angular app for a page the server renders itself (e.g. the queue dashboard). */
@Injectable({ providedIn: 'root' })
export class PageNavigation {
  private readonly document = inject(DOCUMENT);

  leaveTo(path: string): void {
    this.document.location.assign(path);
  }
}
