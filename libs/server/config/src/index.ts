export * from './lib/load-config';
export * from './lib/common-config';
export * from './lib/api-config';
export * from './lib/clock';
export * from './lib/trusted-proxies';
