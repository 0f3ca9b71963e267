import { describe, expect, it } from 'vitest';
import { foldAligned, foldCase, foldDiacritics, foldPunctuation, foldText, foldWidth } from '../../src/text/fold.js';

describe('text folds', () => {
  it('folds full-width forms to ASCII', () => {
    expect(foldWidth('ＡＢＣ１２３')).toBe('ABC123');
  });

  it('folds case, with ß as ss', () => {
    expect(foldCase('STRASSE')).toBe(foldCase('Straße'));
  });

  it('removes diacritics, including letters without a decomposition', () => {
    expect(foldDiacritics('Zürich')).toBe('Zurich');
    expect(foldDiacritics('Ærøskøbing, Łódź, São Paulo')).toBe('AEroskobing, Lodz, Sao Paulo');
  });

  it('normalises quotes, dashes, spaces and zero-width characters', () => {
    expect(foldPunctuation('\u201cClosed \u2013 Won\u201d')).toBe('"Closed - Won"');
    expect(foldPunctuation('it\u2019s\u00a0\u22125')).toBe("it's -5");
    expect(foldPunctuation('Ini\u200btech')).toBe('Initech');
  });

  it('applies all folds by default and each one on request', () => {
    expect(foldText('ＺÜＲＩＣＨ\u2019s')).toBe("zurich's");
    expect(foldText('Zürich', { diacritics: false })).toBe('zürich');
    expect(foldText('Zürich', { case: false })).toBe('Zurich');
  });

  it('keeps offsets when folding aligned', () => {
    const text = '\u2212１２ \u201cok\u201d\u00a0\u2014';
    const folded = foldAligned(text);
    expect(folded).toBe('-12 "ok" -');
    expect(folded.length).toBe(text.length);
  });
});
