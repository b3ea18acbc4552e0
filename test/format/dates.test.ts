// Dates as the site and each citation style write them.
import { describe, expect, it } from 'vitest';
import { apaDate, formatMonthDayYear, mlaDate } from '../../src/format/citation-dates';
import { cslDate, formatSiteDate, parseIsoDate, risDate } from '../../src/format/dates';

describe('dates', () => {
  it('writes the site’s own date line', () => {
    expect(formatSiteDate('2015-10-02', 'en')).toBe('October 02, 2015');
    expect(formatSiteDate('2019-03-12', 'fr')).toBe('12 mars 2019');
    expect(formatSiteDate('2019-08-09', 'fr')).toBe('9 août 2019');
    expect(formatSiteDate('2015-10-02', 'de')).toBe('October 02, 2015');
    expect(formatSiteDate(null, 'en')).toBeNull();
  });

  it('writes each style’s form', () => {
    expect(formatMonthDayYear('2015-10-02')).toBe('October 2, 2015');
    expect(apaDate('2015-10-02')).toBe('2015, October 2');
    expect(mlaDate('2015-09-28')).toBe('28 Sept. 2015');
    expect(mlaDate('2015-06-01')).toBe('1 June 2015');
    expect(risDate('2015-10-02')).toBe('2015/10/02/');
    expect(cslDate('2015-10-02')).toEqual({ 'date-parts': [[2015, 10, 2]] });
  });

  it('accepts partial dates and refuses nonsense', () => {
    expect(parseIsoDate('2015')).toEqual({ year: 2015, month: null, day: null });
    expect(risDate('2015-10')).toBe('2015/10//');
    expect(cslDate('2015')).toEqual({ 'date-parts': [[2015]] });
    expect(parseIsoDate('2015-13-01')).toBeNull();
    expect(parseIsoDate('October 2015')).toBeNull();
    expect(apaDate('')).toBeNull();
  });
});
