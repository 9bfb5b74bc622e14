/**
 * Limits on what anyone may call without signing in, per client address (the address TRUSTED_PROXIES vouch for),
 * in one place: a route names its limit with `@RateLimited(…)`; `RateLimitGuard` counts in Redis, shared by every
 * API instance, and answers 429 problem+json with Retry-After. Guards run before validation and the handler, so a
 * refused registration costs no password hash.
 */
import { Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { mobileNumberBlock, normalizeMobilePhone } from '@jumush/domain/phone';
import { ApiConfig } from '@jumush/server/config';
import { RateCounters, retryAfterMinutes, type RateLimit } from '../redis/rate-counters';
import { ProblemException } from './problem';

export type RateLimitName = 'publicRead' | 'letterCheck' | 'registration';

const RATE_LIMITED = 'jumush:rateLimited';

/** Counts every call of the route against the named limit of the caller's address. */
export const RateLimited = (name: RateLimitName) => SetMetadata(RATE_LIMITED, name);

const MINUTE = 60;
const HOUR = 3600;
const DAY = 24 * HOUR;

interface CountedKey {
  key: string;
  limit: RateLimit;
}

/** The counters one call of a limited route adds to: its address, and for a registration the phone's number block. */
export function countedKeys(name: RateLimitName, request: Pick<Request, 'ip' | 'body'>, config: ApiConfig): CountedKey[] {
  const address = request.ip ?? 'unknown';
  switch (name) {
    case 'publicRead':
      return [{ key: `rate:public:${address}`, limit: { limit: config.PUBLIC_READS_PER_MINUTE, windowSeconds: MINUTE } }];
    case 'letterCheck':
      return [{ key: `rate:verify:${address}`, limit: { limit: config.LETTER_CHECKS_PER_MINUTE, windowSeconds: MINUTE } }];
    case 'registration': {
      const keys = [{ key: `rate:register:${address}`, limit: { limit: config.REGISTRATIONS_PER_HOUR, windowSeconds: HOUR } }];
      const body = (request.body ?? {}) as Record<string, unknown>;
      const phone = typeof body['phone'] === 'string' && body['phone'].length <= 32 ? body['phone'] : '';
      const country = typeof body['citizenship'] === 'string' ? body['citizenship'] : null;
      const normalized = phone ? normalizeMobilePhone(phone, country) : '';
      if (/^\+\d{8,15}$/.test(normalized)) {
        keys.push({
          key: `rate:register:block:${mobileNumberBlock(normalized)}`,
          limit: { limit: 3 * config.REGISTRATIONS_PER_HOUR, windowSeconds: DAY },
        });
      }
      return keys;
    }
  }
}

@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly counters: RateCounters,
    private readonly config: ApiConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const name = this.reflector.get<RateLimitName | undefined>(RATE_LIMITED, context.getHandler());
    if (!name || context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    for (const { key, limit } of countedKeys(name, request, this.config)) {
      const decision = await this.counters.hit(key, limit);
      if (!decision.allowed) {
        throw new ProblemException(429, {
          code: 'http.tooManyRequests',
          detail: 'Too many requests from this address. Try again later.',
          params: { retryAfterSeconds: decision.retryAfterSeconds, retryAfterMinutes: retryAfterMinutes(decision.retryAfterSeconds) },
          headers: { 'Retry-After': String(decision.retryAfterSeconds) },
        });
      }
    }
    return true;
  }
}
