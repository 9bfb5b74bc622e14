/** Jumush HTTP API. */
import 'reflect-metadata';
import { ApiConfig, ConfigurationError, loadConfig } from '@jumush/server/config';
import { createApiApp } from './app/bootstrap';

async function main(): Promise<void> {
  let config: ApiConfig;
  try {
    config = loadConfig(ApiConfig);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const app = await createApiApp(config);
  await app.listen(config.PORT, '0.0.0.0');
  console.log(`Jumush API listening on port ${config.PORT}`);
}

main().catch((error: unknown) => {
  console.error('Jumush API failed to start', error);
  process.exit(1);
});
