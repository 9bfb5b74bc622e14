import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uniquePassport } from '../../testing/candidate-fixtures';
import { registerAndLogin, startTestApi } from '../../testing/test-api';

const inYears = (years: number) => `${new Date().getUTCFullYear() + years}-06-30`;

// Its own file: this API writes its logs to a file at the most verbose level.
describe('passport numbers and the logs (real PostgreSQL)', () => {
  it('never writes the passport number to the logs, even at the most verbose level', async () => {
    const logFile = join(mkdtempSync(join(tmpdir(), 'jumush-logs-')), 'api.log');
    const verbose = await startTestApi({
      LOG_LEVEL: 'trace',
      LOG_FILE: logFile,
    });
    try {
      const migrant = await registerAndLogin(verbose);
      const number = uniquePassport();
      const saved = await verbose.request('PUT', '/api/candidates/me/passport', {
        token: migrant.accessToken,
        body: { passportNumber: number, passportExpiresOn: inYears(4) },
      });
      expect(saved.status).toBe(200);
      // A duplicate (saved and flagged) and a refused number (the error path) are not logged either.
      const other = await registerAndLogin(verbose);
      const put = (passportNumber: string) =>
        verbose.request('PUT', '/api/candidates/me/passport', { token: other.accessToken, body: { passportNumber, passportExpiresOn: inYears(4) } });
      expect((await put(number)).status).toBe(200);
      expect((await put(`${number}-Ж`)).status).toBe(400);
      const log = readFileSync(logFile, 'utf8');
      expect(log).toContain('/api/candidates/me/passport');
      expect(log).not.toContain(number);
      expect(log).not.toContain(number.slice(2));
    } finally {
      await verbose.close();
    }
  });
});
