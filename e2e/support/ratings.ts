/** Set-up of ratings: workers who arrived, started work and worked 30 days, each of whom rated the employer. */
import { apiCall, migrantWhoApplied } from './api';
import { applicationVersions, arrivedDaysAgo } from './database';

const WORKER_PASSWORD = 'worker-pass-2026';
const SURNAMES = [
  ['Абдыкалыков', 'Abdykalykov'],
  ['Бакиев', 'Bakiev'],
  ['Жумабеков', 'Zhumabekov'],
  ['Исаков', 'Isakov'],
  ['Токтогулов', 'Toktogulov'],
  ['Усенов', 'Usenov'],
];

export interface RatedWorker {
  applicationId: string;
  token: string;
  comment: string;
}

/**
 * `comments.length` Kyrgyz migrants apply to `vacancyId`, are approved in one batch, depart, arrive and start work;
 * their arrival is moved 31 days back, and each rates the employer with the comment given (an empty one: none).
 */
export async function workersWhoRated(
  employerToken: string,
  attacheToken: string,
  vacancyId: string,
  comments: readonly string[],
): Promise<RatedWorker[]> {
  const workers = [];
  for (const [index] of comments.entries()) {
    const [surname, surnameLatin] = SURNAMES[index % SURNAMES.length];
    workers.push(await migrantWhoApplied(vacancyId, { surname, givenNames: 'Нурбек', surnameLatin, givenNamesLatin: 'Nurbek' }, WORKER_PASSWORD));
  }
  const applicationIds = workers.map((worker) => worker.applicationId);
  await apiCall('POST', `/api/vacancies/mine/${vacancyId}/applications/decisions`, employerToken, { decision: 'shortlist', applicationIds });
  const batch = await apiCall<{ id: string }>('POST', '/api/batches', employerToken, { vacancyId, applicationIds });
  await apiCall('POST', `/api/batches/${batch.id}/submit`, employerToken);
  await apiCall(
    'POST',
    `/api/attache/batches/${batch.id}/decision`,
    attacheToken,
    { kind: 'APPROVE_ALL' },
    { 'idempotency-key': `e2e-ratings-${batch.id}` },
  );
  for (const worker of workers) {
    await apiCall('POST', `/api/applications/mine/${worker.applicationId}/depart`, worker.token, {});
    await apiCall('POST', `/api/applications/mine/${worker.applicationId}/arrive`, worker.token, {});
  }
  const versions = await applicationVersions(applicationIds);
  for (const id of applicationIds) await apiCall('POST', `/api/applications/${id}/start-work`, employerToken, { version: versions.get(id) });
  await arrivedDaysAgo(applicationIds, 31);
  const rated: RatedWorker[] = [];
  for (const [index, worker] of workers.entries()) {
    await apiCall('PUT', `/api/ratings/mine/${worker.applicationId}`, worker.token, {
      wageOnTime: 4 + (index % 2),
      housing: 3,
      treatment: 5,
      wouldRecommend: index !== 0,
      comment: comments[index],
    });
    rated.push({ applicationId: worker.applicationId, token: worker.token, comment: comments[index] });
  }
  return rated;
}
