/** Jumush worker: runs BullMQ jobs in its own process, beside the API. */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ConfigurationError, WorkerConfig, loadConfig } from '@jumush/server/config';
import { WorkerModule } from './app/worker.module';

async function main(): Promise<void> {
  let config: WorkerConfig;
  try {
    config = loadConfig(WorkerConfig);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // On SIGTERM/SIGINT Nest closes the BullMQ workers, which wait for running jobs to finish.
  app.enableShutdownHooks();
  await app.init();
  console.log('Jumush worker ready');
}

main().catch((error: unknown) => {
  console.error('Jumush worker failed to start', error);
  process.exit(1);
});
