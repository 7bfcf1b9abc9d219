// The lock's cryptography, all of it the browser's own (Web Crypto): a key
// derived from the reader's passcode with PBKDF2-SHA-256, and AES-GCM with a
// fresh random nonce for every sealed value. Nothing here touches storage.

/**
 * PBKDF2-SHA-256 iterations: OWASP's Password Storage Cheat Sheet figure
 * (600,000, as of 2023). Stored beside the salt, so a later increase still
 * opens workbooks locked with this one.
 */
export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
/** AES-GCM's standard 96-bit nonce; random, so never reused in practice (2^-48 after 2^24 seals). */
const NONCE_BYTES = 12;

/** A sealed value as stored: base64 nonce and ciphertext (with its tag). */
export interface Sealed {
  iv: string;
  ct: string;
}

/** What is stored about the lock itself: never the passcode or the key. */
export interface LockParams {
  salt: string;
  iterations: number;
  /** A known text sealed with the key: it tells a wrong passcode from a damaged record. */
  check: Sealed;
}

const CHECK_TEXT = 'reconnect: the passcode is right';
const CHECK_CONTEXT = 'reconnect:lock-check';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));

/**
 * The key for a passcode. It can be exported so that one tab can keep it in
 * sessionStorage between pages; it never goes into lasting storage.
 */
export async function deriveKey(passcode: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  // The same passcode typed on another keyboard may arrive in another Unicode form.
  const base = await crypto.subtle.importKey('raw', encoder.encode(passcode.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', salt, iterations, hash: 'SHA-256' }, base, { name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
}

/**
 * Seals a text. `context` (the storage key) is bound in as associated data,
 * so a sealed answer copied under another exercise's key will not open.
 */
export async function seal(key: CryptoKey, text: string, context: string): Promise<Sealed> {
  const iv = random(NONCE_BYTES);
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(context) }, key, encoder.encode(text));
  return { iv: toBase64(iv), ct: toBase64(new Uint8Array(ct)) };
}

/** The text, or undefined when the key is wrong or the sealed value damaged. */
export async function open(key: CryptoKey, sealed: Sealed, context: string): Promise<string | undefined> {
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: encoder.encode(context) }, key, fromBase64(sealed.ct));
    return decoder.decode(plain);
  } catch {
    return undefined;
  }
}

export function isSealed(value: unknown): value is Sealed {
  if (typeof value !== 'object' || value === null) return false;
  const { iv, ct } = value as Record<string, unknown>;
  return typeof iv === 'string' && typeof ct === 'string';
}

/** A new lock: a random salt, and the check value sealed with the new key. */
export async function newLock(passcode: string, iterations = PBKDF2_ITERATIONS): Promise<{ key: CryptoKey; params: LockParams }> {
  const salt = random(SALT_BYTES);
  const key = await deriveKey(passcode, salt, iterations);
  return { key, params: { salt: toBase64(salt), iterations, check: await seal(key, CHECK_TEXT, CHECK_CONTEXT) } };
}

/** Whether a key is the lock's own: its check value opens to the known text. */
export async function fitsLock(key: CryptoKey, params: LockParams): Promise<boolean> {
  return (await open(key, params.check, CHECK_CONTEXT)) === CHECK_TEXT;
}

/** The key, if the passcode is the one the lock was set with. */
export async function keyFor(passcode: string, params: LockParams): Promise<CryptoKey | undefined> {
  const key = await deriveKey(passcode, fromBase64(params.salt), params.iterations);
  return (await fitsLock(key, params)) ? key : undefined;
}

/** The key as text, for this tab's sessionStorage only. */
export async function exportKey(key: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
}

export async function importKey(text: string): Promise<CryptoKey | undefined> {
  try {
    return await crypto.subtle.importKey('raw', fromBase64(text), { name: 'AES-GCM' }, true, ['encrypt', 'decrypt']);
  } catch {
    return undefined;
  }
}
