// initials() for the avatar placeholder: up to two, by user-perceived characters; one when a letter
// is of a script whose letters join (Arabic, Syriac, N'Ko, Mongolian), as two would join into one
// shape that reads as a syllable. Cases as data.
import { describe, expect, test } from 'vitest';
import { initials } from '../../src/render/attribution.js';

const cases: { title: string; name: string; expected: string }[] = [
  { title: 'Latin: first and last word', name: 'Bana Alabed', expected: 'BA' },
  { title: 'Latin: one word', name: 'Lina', expected: 'L' },
  { title: 'Latin: first and last of three, lower case raised', name: 'lina al shamy', expected: 'LS' },
  { title: 'Arabic: one initial (two joined as "با")', name: 'بانا العبد', expected: 'ب' },
  { title: 'Arabic: one word', name: 'بانا', expected: 'ب' },
  { title: 'Persian (Arabic script)', name: 'نرگس محمدی', expected: 'ن' },
  { title: 'Urdu (Arabic script)', name: 'ملالہ یوسفزئی', expected: 'م' },
  { title: 'Syriac', name: 'ܐܦܪܝܡ ܣܘܪܝܝܐ', expected: 'ܐ' },
  { title: "N'Ko", name: 'ߛߎߟߊߟߊ ߞߋߕߊ', expected: 'ߛ' },
  { title: 'Mongolian', name: 'ᠪᠠᠲᠤ ᠮᠥᠩᠬᠡ', expected: 'ᠪ' },
  { title: 'Latin first, Arabic last: one, never a Latin letter beside an Arabic one', name: 'Bana العبد', expected: 'B' },
  { title: 'Arabic first, Latin last', name: 'بانا Alabed', expected: 'ب' },
  { title: 'Hebrew does not join: two', name: 'דנה לוי', expected: 'דל' },
  { title: 'Cyrillic: two', name: 'Анна Петрова', expected: 'АП' },
  { title: 'a word without a letter does not count', name: '— Lina Shamy', expected: 'LS' },
  { title: 'empty', name: '', expected: '' },
];

describe('initials', () => {
  for (const { title, name, expected } of cases)
    test(title, () => {
      expect(initials(name)).toBe(expected);
    });
});
