import { describe, expect, it } from 'vitest';
import { parseDate, parseWholeDate } from '../../src/extract/dates';

describe('parseDate', () => {
  it.each([
    ['October 02, 2015', '2015-10-02'],
    ['Global Research, October 02, 2015', '2015-10-02'],
    ['28 September 2015', '2015-09-28'],
    ['Sept. 28, 2015', '2015-09-28'],
    ['Sep 28 2015', '2015-09-28'],
    ['July 4th, 2009', '2009-07-04'],
    ['12 mars 2019', '2019-03-12'],
    ['1er juin 2021', '2021-06-01'],
    ['Mondialisation.ca, 25 décembre 2020', '2020-12-25'],
    ['3 févr. 2022', '2022-02-03'],
    ['le 14 août 2017', '2017-08-14'],
    ['2019-03-12T05:41:17-04:00', '2019-03-12'],
    ['Global Research November 25. 2014', '2014-11-25'], // a date line as the site printed it (seen on freepress.org/departments/op-ed?page=7, pages corpus)
    ['By Ann Garrison, September 20 2018', '2018-09-20'], // the news list's form (globalresearch.ca/news/page/427)
  ])('%s → %s', (input, iso) => {
    expect(parseDate(input)).toBe(iso);
  });

  it.each(['', 'no date here', 'Smarch 12, 2015', 'February 30, 2015', '31 avril 2019', 'Region: Asia'])(
    'rejects %j',
    (input) => {
      expect(parseDate(input)).toBeNull();
    },
  );

  it('takes the first date of a line that has two', () => {
    expect(parseDate('Global Research, October 02, 2015 Strategic Culture Foundation 28 September 2015')).toBe('2015-10-02');
  });

  it('parseWholeDate accepts only a bare date', () => {
    expect(parseWholeDate('28 September 2015')).toBe('2015-09-28');
    expect(parseWholeDate('Strategic Culture 28 September 2015')).toBeNull();
  });
});
