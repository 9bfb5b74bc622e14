/**
 * TRUSTED_PROXIES: whose X-Forwarded-For the API believes. Unset (or "0") trusts nobody, so the client address is
 * the connection's; a hop count N trusts the N nearest proxies (each appends what it saw); a list of addresses or
 * CIDR ranges trusts exactly those. Express walks X-Forwarded-For from the right and stops at the first address it
 * does not trust, so a client's own, forged X-Forwarded-For never becomes its address.
 */
import { isIP } from 'node:net';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/** What Express's `trust proxy` setting takes: false, a hop count, or addresses/CIDR ranges. */
export type TrustProxySetting = false | number | string[];

const MAX_HOPS = 10;

/** One address or CIDR range ("10.0.0.0/8", "::1/128"); false when malformed. */
function isAddressOrRange(item: string): boolean {
  const [address, prefix, ...rest] = item.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/** The `trust proxy` setting for a TRUSTED_PROXIES value; null when the value is malformed. */
export function parseTrustedProxies(value: string | undefined): TrustProxySetting | null {
  const text = (value ?? '').trim();
  if (text === '') return false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > MAX_HOPS) return null;
    return hops === 0 ? false : hops;
  }
  const items = text.split(',').map((item) => item.trim());
  return items.every(isAddressOrRange) ? items : null;
}

export const TRUSTED_PROXIES_MESSAGE =
  'TRUSTED_PROXIES must be a hop count (0–10) or comma-separated addresses/CIDR ranges of your reverse proxies, e.g. "1" or "10.0.0.0/8,::1"';

/** Validates a TRUSTED_PROXIES value with parseTrustedProxies. */
export function IsTrustedProxies(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTrustedProxies',
      validator: {
        validate: (value: unknown) => value === undefined || (typeof value === 'string' && parseTrustedProxies(value) !== null),
        defaultMessage: () => TRUSTED_PROXIES_MESSAGE,
      },
    },
    options,
  );
}
