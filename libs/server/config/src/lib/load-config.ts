/** Reads environment variables into a typed, validated configuration object, once, at boot. */
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

function describe(errors: ValidationError[]): string[] {
  return errors.flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) => `${error.property}: ${message} (got ${JSON.stringify(error.value) ?? 'nothing'})`),
  );
}

/** A schema whose defaults depend on other settings (e.g. secure cookies in production). */
export interface DerivedDefaults {
  applyDerivedDefaults(present: Record<string, string | undefined>): void;
}

/**
 * Builds `schema` from `env`. Unset and empty variables fall back to the schema's defaults;
 * anything missing or malformed throws a ConfigurationError naming every bad variable.
 */
export function loadConfig<T extends object>(schema: new () => T, env: NodeJS.ProcessEnv = process.env): T {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const config = plainToInstance(schema, present, {
    enableImplicitConversion: false,
    excludeExtraneousValues: true,
    exposeDefaultValues: true,
  });
  (config as Partial<DerivedDefaults>).applyDerivedDefaults?.(present);
  const errors = validateSync(config, { forbidUnknownValues: true });
  if (errors.length > 0) throw new ConfigurationError(describe(errors));
  return config;
}
