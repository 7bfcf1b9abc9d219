// The lock's cryptography: what a reader relies on is that the right passcode
// opens their answers, a wrong one does not, damage is told apart from a
// wrong passcode, and no two sealed values share a nonce.
import { describe, expect, it } from 'vitest';
import { exportKey, importKey, keyFor, newLock, open, PBKDF2_ITERATIONS, seal, type Sealed } from '../../src/workbook/lock/crypto';

// The real count takes about half a second a derivation; these tests derive
// many keys, so they use fewer. One test checks the real count is used.
const FAST = 1_000;
const ANSWER = JSON.stringify({ v: 1, updatedAt: '2026-12-02T09:00:00.000Z', data: { fear: 'going to the meeting alone' } });

describe('the lock', () => {
  it('uses OWASP’s 600,000 PBKDF2 iterations unless told otherwise, and records the count', async () => {
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    const { params } = await newLock('correct horse');
    expect(params.iterations).toBe(600_000);
  });

  it('opens what it sealed, with the same passcode entered again', async () => {
    const { key, params } = await newLock('correct horse', FAST);
    const sealed = await seal(key, ANSWER, 'reconnect:exercise:exposure-ladder');
    expect(sealed.ct).not.toContain('meeting');
    const again = await keyFor('correct horse', params);
    expect(again).toBeDefined();
    expect(await open(again!, sealed, 'reconnect:exercise:exposure-ladder')).toBe(ANSWER);
  });

  it('refuses a wrong passcode at the check value, before any answer is tried', async () => {
    const { params } = await newLock('correct horse', FAST);
    expect(await keyFor('correct horsE', params)).toBeUndefined();
    expect(await keyFor('', params)).toBeUndefined();
  });

  it('accepts the same passcode typed in another Unicode form', async () => {
    const { params } = await newLock('café-123', FAST);
    expect(await keyFor('cafe\u0301-123', params)).toBeDefined();
  });

  it('tells a damaged answer from a wrong passcode: the key is right, the answer will not open', async () => {
    const { key, params } = await newLock('correct horse', FAST);
    const sealed = await seal(key, ANSWER, 'k');
    const bytes = atob(sealed.ct);
    const flipped: Sealed = { ...sealed, ct: btoa(String.fromCharCode(bytes.charCodeAt(0) ^ 1) + bytes.slice(1)) };
    expect(await keyFor('correct horse', params)).toBeDefined();
    expect(await open(key, flipped, 'k')).toBeUndefined();
    expect(await open(key, { ...sealed, iv: 'not base64!' }, 'k')).toBeUndefined();
  });

  it('will not open an answer moved under another exercise’s key', async () => {
    const { key } = await newLock('correct horse', FAST);
    const sealed = await seal(key, ANSWER, 'reconnect:exercise:exposure-ladder');
    expect(await open(key, sealed, 'reconnect:exercise:safety-plan')).toBeUndefined();
  });

  it('never reuses a nonce, even for the same text sealed again', async () => {
    const { key } = await newLock('correct horse', FAST);
    const sealed = await Promise.all(Array.from({ length: 500 }, () => seal(key, ANSWER, 'k')));
    expect(new Set(sealed.map((s) => s.iv)).size).toBe(500);
    expect(new Set(sealed.map((s) => s.ct)).size).toBe(500);
  });

  it('gives each new lock its own salt, so one passcode makes different keys', async () => {
    const a = await newLock('correct horse', FAST);
    const b = await newLock('correct horse', FAST);
    expect(a.params.salt).not.toBe(b.params.salt);
    expect(await exportKey(a.key)).not.toBe(await exportKey(b.key));
  });

  it('carries a key between pages as text, and rejects text that is not a key', async () => {
    const { key } = await newLock('correct horse', FAST);
    const sealed = await seal(key, ANSWER, 'k');
    const carried = await importKey(await exportKey(key));
    expect(await open(carried!, sealed, 'k')).toBe(ANSWER);
    expect(await importKey('short')).toBeUndefined();
  });
});
