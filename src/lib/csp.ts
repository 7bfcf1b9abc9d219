// One Content-Security-Policy for the whole site. Astro adds script-src and
// style-src hashes to each page's <meta>; integrations/security-headers.ts
// writes the same policy into dist/_headers for hosts that send headers
// (frame-ancestors only works as a header).

/** Directives Astro puts in every page's <meta> policy, beside its own hashes. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // Pagefind runs its search index in a web worker built from a blob.
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "manifest-src 'self'",
] as const;

/** Pagefind compiles WebAssembly; nothing else needs more than our own files. */
export const CSP_SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const CSP_STYLE_RESOURCES = ["'self'"] as const;
