import { Transform } from 'class-transformer';

/** "true"/"false"/"1"/"0" → boolean; anything else stays as typed so validation names it. */
export const ToBoolean = () =>
  Transform(({ value }) => {
    if (typeof value === 'boolean') return value;
    if (value === 'true' || value === '1') return true;
    if (value === 'false' || value === '0') return false;
    return value;
  });

/** Numeric strings → numbers; anything else stays as typed so validation names it. */
export const ToInteger = () => Transform(({ value }) => (typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value));
