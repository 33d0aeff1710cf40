/**
 * The Content-Security-Policy of the dashboard: no foreign script, nothing loaded from another
 * origin, no framing. Styles allow inline `style` attributes (charts position with them).
 * The team workspace's server sends it as it is (`script-src 'self'`: it serves the first-paint
 * script as a file). Static hosting serves the build's index.html, whose one inline script
 * (src/app/first-paint.ts) is allowed by its hash and nothing else: the build writes that policy
 * to dist/content-security-policy.txt.
 */
const directives = (scriptSources: string[]) => [
  "default-src 'self'",
  `script-src ${["'self'", ...scriptSources].join(' ')}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

export const CONTENT_SECURITY_POLICY = directives([]).join('; ');

/** The policy for a page whose inline scripts have these SHA-256 digests (base64). */
export const policyWithScriptHashes = (sha256Base64: string[]) => directives(sha256Base64.map((h) => `'sha256-${h}'`)).join('; ');
