import { describe, expect, it } from 'vitest';
import { decodeText } from './sources.js';

describe('decodeText', () => {
  it('refuses NUL bytes in UTF-8 and U+0000 in UTF-16, which the ledger cannot store', () => {
    expect(decodeText(new TextEncoder().encode('May 23, 2015\n- Near Hit\u0000, one strike'))).toEqual({ ok: false, reason: 'binary file (contains NUL bytes), not a release' });
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...'May 23\nNear\u0000Hit'].map((c) => c.charCodeAt(0))).buffer)]);
    expect(decodeText(utf16)).toEqual({ ok: false, reason: 'line 2: binary file (contains U+0000 characters), not a release' });
  });

  it('reads UTF-16 with a byte order mark', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...'Near Hit'].map((c) => c.charCodeAt(0))).buffer)]);
    expect(decodeText(utf16)).toEqual({ ok: true, text: 'Near Hit' });
  });
});
