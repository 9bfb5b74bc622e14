/**
 * Two API instances in one test process. passport keeps its strategies in one process-wide registry, so the instance
 * started last would check every sign-in and token of both; separate processes each have their own. Before talking
 * to an instance, a test makes that instance's own strategies the registered ones, as its process would have them.
 */
import passport from 'passport';
import type { TestApi } from './test-api';
import { JWT_STRATEGY, JwtStrategy } from '../app/auth/jwt.strategy';
import { LOCAL_STRATEGY, LocalStrategy } from '../app/auth/local.strategy';

export function asOwnProcess(api: TestApi): TestApi {
  passport.use(LOCAL_STRATEGY, api.app.get(LocalStrategy));
  passport.use(JWT_STRATEGY, api.app.get(JwtStrategy));
  return api;
}
