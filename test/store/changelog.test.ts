// CHANGELOG.md follows the version: npm version releases its Unreleased section, and the
// version in package.json always has a section.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { changelogVersions, release } from '../../scripts/store/changelog';

const LOG = `# Changelog

## [Unreleased]

### Fixed

- A thing.

## [0.1.0] — 2026-11-30

- First.
`;

describe('changelog', () => {
  it('npm version turns Unreleased into the new version and opens an empty Unreleased', () => {
    const out = release(LOG, '0.1.1', '2026-12-01');
    expect(out).toBe(`# Changelog

## [Unreleased]

## [0.1.1] — 2026-12-01

### Fixed

- A thing.

## [0.1.0] — 2026-11-30

- First.
`);
    expect(changelogVersions(out)).toEqual(['0.1.1', '0.1.0']);
  });

  it('refuses to release nothing, or a version twice', () => {
    const released = release(LOG, '0.1.1', '2026-12-01');
    expect(() => release(released, '0.1.2', '2026-12-02')).toThrow(/lists no change/);
    expect(() => release(LOG, '0.1.0', '2026-12-02')).toThrow(/already has a 0.1.0 section/);
    expect(() => release('# Changelog\n', '1.0.0', '2026-12-02')).toThrow(/no "## \[Unreleased\]"/);
  });

  it("has a section for package.json's version", () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(changelogVersions(readFileSync('CHANGELOG.md', 'utf8'))).toContain(version);
  });
});
