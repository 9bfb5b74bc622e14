/** The shared ioredis connection's injection token (its own file: the module and its providers both import it). */
export const REDIS = Symbol('REDIS');
