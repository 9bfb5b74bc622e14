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
  const preloading = new OfflinePagesPreloading();

  it('fetches ahead only the pages a migrant needs without a connection', () => {
    const preloaded = flatten(appRoutes)
      .filter(([, route]) => {
        const load = jest.fn(() => of(true));
        preloading.preload(route, load).subscribe();
        return load.mock.calls.length > 0;
      })
      .map(([path]) => path);
    expect(preloaded).toEqual([':lang/vacancies', ':lang/vacancies/:id', ':lang/saved', ':lang/applications']);
  });
});
