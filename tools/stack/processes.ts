/** Starting and stopping the product's own processes, with their output prefixed. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export function startNodeProcess(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  output: 'inherit' | { logFile: string } = 'inherit',
): ManagedProcess {
  const child = spawn(process.execPath, ['--enable-source-maps', script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let sink: WriteStream | NodeJS.WriteStream = process.stdout;
  if (output !== 'inherit') sink = createWriteStream(output.logFile, { flags: 'a' });
  const prefix = output === 'inherit' ? `[${name}] ` : '';
  const forward = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) sink.write(`${prefix}${line}\n`);
  };
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  return {
    name,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
