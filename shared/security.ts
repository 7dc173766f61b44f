// One Content-Security-Policy for both doors: the Electron window and browser mode.
// style-src needs 'unsafe-inline' because Mantine injects its CSS variables as inline styles;
// scripts stay 'self' only, so injected markup cannot run code.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
