import { describe, expect, it } from 'vitest';
import { decodeCfEmail, findEmail, revealEmails } from '../../src/extract/email';
import { page } from '../helpers/fixtures';

/** Cloudflare's encoding, written out independently of the decoder under test. */
const encode = (email: string, key: number) =>
  key.toString(16).padStart(2, '0') +
  Array.from(email, (c) => (c.charCodeAt(0) ^ key).toString(16).padStart(2, '0')).join('');

describe('Cloudflare e-mail decoding', () => {
  it('decodes the address of a real page', () => {
    expect(decodeCfEmail('a3d3d6c1cfcac0c2d7cacccdd0e3c4cfccc1c2cfd1c6d0c6c2d1c0cb8dc0c2')).toBe('publications@globalresearch.ca');
  });

  it.each([0x11, 0x5e, 0xa3, 0xff])('round-trips with key %i', (key) => {
    expect(decodeCfEmail(encode('media@mondialisation.ca', key))).toBe('media@mondialisation.ca');
  });

  it.each(['', 'zz', 'a3', 'not-hex-at-all', encode('not an address', 0x42)])('rejects %j', (hex) => {
    expect(decodeCfEmail(hex)).toBeNull();
  });

  it('reveals obfuscated spans and protection links in place', () => {
    const doc = page(
      `<p>contact: <a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="${encode('a@b.org', 0x33)}">[email&#160;protected]</a>
       or <a href="/cdn-cgi/l/email-protection#${encode('c@d.org', 0x10)}">[email protected]</a></p>`,
    );
    revealEmails(doc);
    const links = doc.querySelectorAll('a');
    expect(links[0].textContent).toBe('a@b.org');
    expect(links[0].getAttribute('href')).toBe('mailto:a@b.org');
    expect(links[1].textContent).toBe('c@d.org');
    expect(links[1].getAttribute('href')).toBe('mailto:c@d.org');
  });

  it('finds an address in text', () => {
    expect(findEmail('write to: media@mondialisation.ca.')).toBe('media@mondialisation.ca');
    expect(findEmail('no address')).toBeNull();
  });
});
