import { TestBed } from '@angular/core/testing';
import type { Route } from '@angular/router';
import { of } from 'rxjs';
import { appRoutes } from '../../app.routes';
import { OfflinePagesPreloading } from './offline-preloading';

function flatten(routes: Route[], parent = ''): Array<[string, Route]> {
  return routes.flatMap((route) => {
    const path = [parent, route.path].filter(Boolean).join('/');
    return [[path, route] as [string, Route], ...flatten(route.children ?? [], path)];
  });
}

describe('OfflinePagesPreloading', () => {
  it('fetches ahead only the pages a migrant needs without a connection, once the app is stable and idle', async () => {
    const preloading = TestBed.inject(OfflinePagesPreloading);
    const loads = flatten(appRoutes).map(([path, route]) => {
      const load = jest.fn(() => of(true));
      preloading.preload(route, load).subscribe();
      return [path, load] as const;
    });
    // Nothing is fetched in the same task as the navigation that ended: the first page comes first.
    expect(loads.filter(([, load]) => load.mock.calls.length > 0)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    const preloaded = loads.filter(([, load]) => load.mock.calls.length > 0).map(([path]) => path);
    expect(preloaded).toEqual([':lang/vacancies', ':lang/vacancies/:id', ':lang/saved', ':lang/applications', ':lang/help']);
  });
});
