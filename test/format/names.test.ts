// Author names → citation name parts: honorifics out, particles kept, organisations literal.
import { describe, expect, it } from 'vitest';
import { directName, familyName, givenInitials, invertedName, isOrganisation, splitName } from '../../src/format/names';
import { articleFixtures, rows } from './articles';

describe('splitName', () => {
  it.each([
    ['Prof. Michel Chossudovsky', { given: 'Michel', family: 'Chossudovsky', honorific: 'Prof.' }],
    ['Prof Michel Chossudovsky', { given: 'Michel', family: 'Chossudovsky', honorific: 'Prof' }],
    ['Dr. Lucinda Ferreira-Holt', { given: 'Lucinda', family: 'Ferreira-Holt', honorific: 'Dr.' }],
    ['Mahdi Darius Nazemroaya', { given: 'Mahdi Darius', family: 'Nazemroaya' }],
    ['Claire Vautrin-Morel', { given: 'Claire', family: 'Vautrin-Morel' }],
    ['Hélène Garnier-Tossou', { given: 'Hélène', family: 'Garnier-Tossou' }],
    ['Colonel (er) Bernard Vallet', { given: 'Bernard', family: 'Vallet', honorific: 'Colonel (er)' }],
    ['Vincent van Gogh', { given: 'Vincent', particle: 'van', family: 'Gogh' }],
    ['Ludwig van der Berg', { given: 'Ludwig', particle: 'van der', family: 'Berg' }],
    ['Charles de Gaulle', { given: 'Charles', particle: 'de', family: 'Gaulle' }],
    ['Ahmed al-Sharif', { given: 'Ahmed', particle: 'al-', family: 'Sharif' }],
    ['Valéry Giscard d’Estaing', { given: 'Valéry', family: 'Giscard d’Estaing' }],
    ["Valéry Giscard d'Estaing", { given: 'Valéry', family: "Giscard d'Estaing" }],
    ['Charles d’Orléans', { given: 'Charles', particle: 'd’', family: 'Orléans' }],
    ['Jean-Baptiste de La Fontaine', { given: 'Jean-Baptiste', droppingParticle: 'de', family: 'La Fontaine' }],
    ['Jean de la Fontaine', { given: 'Jean', particle: 'de la', family: 'Fontaine' }],
    ['Roger Martin du Gard', { given: 'Roger', family: 'Martin du Gard' }],
    ['Joachim du Bellay', { given: 'Joachim', particle: 'du', family: 'Bellay' }],
    ['Antoine de Saint-Exupéry', { given: 'Antoine', particle: 'de', family: 'Saint-Exupéry' }],
    ['Johann Wolfgang von Goethe', { given: 'Johann Wolfgang', particle: 'von', family: 'Goethe' }],
    ['Ursula von der Leyen', { given: 'Ursula', particle: 'von der', family: 'Leyen' }],
    ['Gabriel García Márquez', { given: 'Gabriel', family: 'García Márquez' }],
    ['Luiz Inácio Ferreira Lula', { given: 'Luiz Inácio', family: 'Ferreira Lula' }],
    ['Miguel de Cervantes Saavedra', { given: 'Miguel', particle: 'de', family: 'Cervantes Saavedra' }],
    ['María José Santiago', { given: 'María José', family: 'Santiago' }],
    ['La Fontaine, Jean de', { given: 'Jean', droppingParticle: 'de', family: 'La Fontaine' }],
    ['Martin Luther King Jr.', { given: 'Martin Luther', family: 'King', suffix: 'Jr.' }],
    ['Jane Roe, PhD', { given: 'Jane', family: 'Roe', honorific: 'PhD' }],
    ['Jack Ma', { given: 'Jack', family: 'Ma' }],
    ['Nazemroaya, Mahdi Darius', { given: 'Mahdi Darius', family: 'Nazemroaya' }],
    ['van Gogh, Vincent', { given: 'Vincent', particle: 'van', family: 'Gogh' }],
    ['Chossudovsky', { family: 'Chossudovsky' }],
    ['  Mahdi   Darius\u00a0Nazemroaya ', { given: 'Mahdi Darius', family: 'Nazemroaya' }],
  ])('%s', (name, parts) => {
    expect(splitName(name)).toEqual(parts);
  });

  it.each(['Global Research News', 'Mondialisation.ca', 'The Civic Ledger', 'Strategic Culture Foundation', 'CRG', 'Centre for Research on Globalization'])(
    '%s is an organisation, one literal name',
    (name) => {
      expect(isOrganisation(name)).toBe(true);
      expect(splitName(name)).toEqual({ literal: name });
    },
  );

  it('keeps decomposed accents composed (NFC)', () => {
    expect(splitName('He\u0301le\u0300ne Dupont').given).toBe('Hélène');
  });
});

describe('name rendering', () => {
  it('writes particles with the family name', () => {
    expect(familyName(splitName('Vincent van Gogh'))).toBe('van Gogh');
    expect(familyName(splitName('Ahmed al-Sharif'))).toBe('al-Sharif');
    expect(invertedName(splitName('Martin Luther King Jr.'))).toBe('King, Martin Luther, Jr.');
    expect(directName(splitName('Prof. Michel Chossudovsky'))).toBe('Michel Chossudovsky');
    expect(invertedName(splitName('Jean-Baptiste de La Fontaine'))).toBe('La Fontaine, Jean-Baptiste de');
    expect(directName(splitName('Jean-Baptiste de La Fontaine'))).toBe('Jean-Baptiste de La Fontaine');
    expect(invertedName(splitName("Valéry Giscard d'Estaing"))).toBe("Giscard d'Estaing, Valéry");
    expect(invertedName(splitName('Gabriel García Márquez'))).toBe('García Márquez, Gabriel');
  });

  it('abbreviates given names for APA', () => {
    expect(givenInitials('Mahdi Darius')).toBe('M. D.');
    expect(givenInitials('Jean-Paul')).toBe('J.-P.');
    expect(givenInitials('Élise')).toBe('É.');
    expect(givenInitials(undefined)).toBe('');
  });
});

describe('every fixture author', () => {
  it.each(rows(articleFixtures()))('%s: name parts rebuild the byline without honorifics', (_name, { record }) => {
    expect(record.authors.length).toBeGreaterThan(0);
    for (const author of record.authors) {
      const parts = splitName(author.name);
      if (parts.literal !== undefined) {
        expect(parts.literal).toBe(author.name);
        continue;
      }
      expect(parts.family).toBeTruthy();
      expect(parts.given).toBeTruthy();
      const rebuilt = [parts.honorific, directName(parts)].filter(Boolean).join(' ');
      expect(rebuilt).toBe(author.name);
      expect(`${parts.given} ${parts.family}`).not.toMatch(/\b(?:Dr|Prof)\b/);
    }
  });

  it('splits the fixtures’ bylines as expected', () => {
    const byName = new Map(articleFixtures().flatMap((a) => a.record.authors.map((au) => [au.name, splitName(au.name)] as const)));
    expect(byName.get('Global Research News')).toEqual({ literal: 'Global Research News' });
    expect(byName.get('Dr. Lucinda Ferreira-Holt')).toMatchObject({ given: 'Lucinda', family: 'Ferreira-Holt' });
    expect(byName.get('Mahdi Darius Nazemroaya')).toMatchObject({ given: 'Mahdi Darius', family: 'Nazemroaya' });
    expect(byName.get('Claire Vautrin-Morel')).toMatchObject({ given: 'Claire', family: 'Vautrin-Morel' });
  });
});
