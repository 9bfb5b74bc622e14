import { createHmac } from 'node:crypto';
import { newWebhookSecret, verifyWebhookSignature, webhookSignatureHeader } from './webhook-signature';

describe('webhook signature', () => {
  const secret = 'whsec_test';
  const body = '{"id":"e1","type":"application.created"}';
  const now = Date.UTC(2026, 11, 1, 12, 0, 0);
  const t = Math.floor(now / 1000);

  it('is t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>">', () => {
    const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
    expect(webhookSignatureHeader(secret, t, body)).toBe(`t=${t},v1=${expected}`);
  });

  it('verifies with the same secret and body, within the tolerance', () => {
    const header = webhookSignatureHeader(secret, t, body);
    expect(verifyWebhookSignature(header, body, secret, now)).toBe(true);
    expect(verifyWebhookSignature(header, `${body} `, secret, now)).toBe(false);
    expect(verifyWebhookSignature(header, body, 'whsec_other', now)).toBe(false);
    expect(verifyWebhookSignature(header, body, secret, now + 301_000)).toBe(false);
    expect(verifyWebhookSignature('t=x,v1=zz', body, secret, now)).toBe(false);
  });

  it('draws secrets of 32 random bytes', () => {
    const one = newWebhookSecret();
    expect(one).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(newWebhookSecret()).not.toBe(one);
  });
});
