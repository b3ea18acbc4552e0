// The sources-zip check links this checkout's node_modules instead of running npm ci: it may
// only do so when the installed tree is exactly what the zip's lockfile pins.
import { describe, expect, it } from 'vitest';
import { lockMismatches } from '../../scripts/store/check-sources-zip';

const lock = {
  packages: {
    '': { version: '0.1.0' },
    'node_modules/wxt': { version: '0.21.4', integrity: 'sha512-A' },
    'node_modules/@rollup/rollup-darwin-arm64': { version: '4.0.0', integrity: 'sha512-B', optional: true },
  },
};

describe('lockMismatches', () => {
  it('accepts the tree npm ci installs: the pinned packages, an optional one for another platform left out', () => {
    expect(lockMismatches(lock, { packages: { 'node_modules/wxt': { version: '0.21.4', integrity: 'sha512-A' } } })).toEqual([]);
  });

  it('refuses another version, another tarball, a missing or an extra package', () => {
    expect(lockMismatches(lock, { packages: { 'node_modules/wxt': { version: '0.21.5', integrity: 'sha512-A' } } })).toEqual([
      'node_modules/wxt: installed 0.21.5 (sha512-A), pinned 0.21.4 (sha512-A)',
    ]);
    expect(lockMismatches(lock, { packages: { 'node_modules/wxt': { version: '0.21.4', integrity: 'sha512-X' } } })).toHaveLength(1);
    expect(lockMismatches(lock, { packages: {} })).toEqual(['node_modules/wxt 0.21.4 is pinned but not installed']);
    expect(
      lockMismatches(lock, { packages: { 'node_modules/wxt': { version: '0.21.4', integrity: 'sha512-A' }, 'node_modules/left-pad': { version: '1.0.0' } } }),
    ).toEqual(['node_modules/left-pad is installed but not in the lockfile']);
  });
});
