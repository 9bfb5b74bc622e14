export * from './lib/accounts/mobile-phone';
export * from './lib/accounts/password-policy';
export * from './lib/accounts/login-lockout';
export * from './lib/accounts/role';
export * from './lib/accounts/locale';
