import { describe, expect, it } from 'vitest';
import { parseCopyright, readRepublication } from '../../src/extract/footer';
import { rulesFor, SITES } from '../../src/extract/sites';
import { page } from '../helpers/fixtures';
import { readBlocks } from '../../src/extract/dom';

describe('parseCopyright', () => {
  it('splits holders on commas and "and", keeps the stray space in the text', () => {
    expect(parseCopyright('Copyright © Marguerite Oyelaran and Daniel Kestrel, Global Research , 2023')).toEqual({
      text: 'Copyright © Marguerite Oyelaran and Daniel Kestrel, Global Research , 2023',
      holders: ['Marguerite Oyelaran', 'Daniel Kestrel'],
      publisher: 'Global Research',
      year: 2023,
    });
  });

  it('handles three holders with honorifics', () => {
    const c = parseCopyright('Copyright ©  Prof Michel Chossudovsky, Dr. Anna Lee and Col. (ret.) Harold Penwick, Publisher , 2018');
    expect(c?.holders).toEqual(['Prof Michel Chossudovsky', 'Dr. Anna Lee', 'Col. (ret.) Harold Penwick']);
    expect(c?.publisher).toBe('Publisher');
    expect(c?.year).toBe(2018);
    expect(c?.text).toBe('Copyright © Prof Michel Chossudovsky, Dr. Anna Lee and Col. (ret.) Harold Penwick, Publisher , 2018');
  });

  it('with a single name, that name is the publisher', () => {
    expect(parseCopyright('Copyright © Global Research, 2021')).toMatchObject({ holders: [], publisher: 'Global Research', year: 2021 });
  });

  it('reads the old "© Copyright" order and the French "et"', () => {
    expect(parseCopyright('© Copyright Global Research News, Global Research, 2009')?.holders).toEqual(['Global Research News']);
    expect(parseCopyright('Copyright © Jean Dupont et Marie Curie, Mondialisation.ca, 2019')?.holders).toEqual(['Jean Dupont', 'Marie Curie']);
  });

  it('ignores the site footer and prose', () => {
    expect(parseCopyright('Copyright © 2005-2015 Global Research')).toBeNull();
    expect(parseCopyright('Copyright law changed a lot in the nineties')).toBeNull();
  });
});

describe('readRepublication', () => {
  const rules = rulesFor(SITES[0]);
  it('starts at the permission sentence and runs to the end of the paragraph', () => {
    const doc = page(
      '<p><strong>Disclaimer:</strong> The contents are the sole responsibility of the author(s). The Centre will not be responsible. The Centre of Research on Globalization grants permission to cross-post Global Research articles on community internet sites as long the source and copyright are acknowledged. For publication contact: <a href="mailto:publications@globalresearch.ca">publications@globalresearch.ca</a></p>',
    );
    const r = readRepublication(readBlocks(doc.body), rules);
    expect(r?.republication.notice).toBe(
      'The Centre of Research on Globalization grants permission to cross-post Global Research articles on community internet sites as long the source and copyright are acknowledged. For publication contact: publications@globalresearch.ca',
    );
    expect(r?.republication.contact).toBe('publications@globalresearch.ca');
  });

  it('reads the French notice', () => {
    const doc = page('<p>Le CRM accorde la permission de reproduire les articles. Écrivez à : <a href="mailto:media@mondialisation.ca">media@mondialisation.ca</a></p>');
    const r = readRepublication(readBlocks(doc.body), rulesFor(SITES[1]));
    expect(r?.republication.notice).toBe('Le CRM accorde la permission de reproduire les articles. Écrivez à : media@mondialisation.ca');
    expect(r?.republication.contact).toBe('media@mondialisation.ca');
  });

  it('is null when the page grants nothing', () => {
    expect(readRepublication(readBlocks(page('<p>Nothing here.</p>').body), rules)).toBeNull();
  });
});
