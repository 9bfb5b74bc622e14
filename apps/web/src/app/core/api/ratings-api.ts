import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { EmployerRatingsView, MyRatingView, PublicCompanyView, RateEmployerDto } from '@jumush/contracts/client';
import { ApiPaths } from './api-paths';

/** Ratings from those who worked there: the migrant's rating, the public company page, the employer's answers. */
@Injectable({ providedIn: 'root' })
export class RatingsApi {
  private readonly http = inject(HttpClient);

  mine(applicationId: string): Observable<MyRatingView> {
    return this.http.get<MyRatingView>(ApiPaths.myRating(applicationId));
  }

  rate(applicationId: string, rating: RateEmployerDto): Observable<MyRatingView> {
    return this.http.put<MyRatingView>(ApiPaths.myRating(applicationId), rating);
  }

  publicCompany(id: string): Observable<PublicCompanyView> {
    return this.http.get<PublicCompanyView>(ApiPaths.publicCompany(id));
  }

  companyRatings(): Observable<EmployerRatingsView> {
    return this.http.get<EmployerRatingsView>(ApiPaths.myCompanyRatings);
  }

  answer(ratingId: string, answer: string): Observable<EmployerRatingsView> {
    return this.http.post<EmployerRatingsView>(ApiPaths.myCompanyRatingAnswer(ratingId), { answer });
  }
}
