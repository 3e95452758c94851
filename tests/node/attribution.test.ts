// initials() for the avatar placeholder: up to two, by user-perceived characters; one when a letter
// is of a script whose letters join (Arabic, Syriac, N'Ko, Mongolian, Adlam, Hanifi Rohingya, …), as
// two would join into one shape that reads as a syllable. Cases as data.
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
  // Arabic as presentation forms (text copied out of a PDF or a legacy system): joining too.
  { title: 'Arabic Presentation Forms-B ("بانا العبد" as positional forms)', name: 'ﺑﺎﻧﺎ ﺍﻟﻌﺒﺪ', expected: 'ﺑ' },
  { title: 'Arabic Presentation Forms-A (Persian peh, keheh)', name: 'ﭖﺮﻭﯾﻦ ﮐﺎﻇﻤﯽ', expected: 'ﭖ' },
  // Joining scripts outside the Basic Multilingual Plane: each letter is a surrogate pair in UTF-16.
  {
    title: 'Adlam (Fulani): one',
    name: '\u{1e900}\u{1e92a}\u{1e922}\u{1e923}\u{1e935} \u{1e904}\u{1e922}\u{1e934}\u{1e923}\u{1e92b}',
    expected: '\u{1e900}',
  },
  { title: 'Adlam written in small letters: one, raised', name: '\u{1e922}\u{1e92a}\u{1e922} \u{1e926}\u{1e922}', expected: '\u{1e900}' },
  { title: 'Latin first, Adlam last: one', name: 'Amadu \u{1e904}\u{1e922}\u{1e934}\u{1e923}\u{1e92b}', expected: 'A' },
  { title: 'Hanifi Rohingya', name: '\u{10d00}\u{10d01}\u{10d02} \u{10d03}\u{10d04}', expected: '\u{10d00}' },
  { title: 'Manichaean', name: '\u{10ac0}\u{10ac1} \u{10ac5}\u{10ac6}', expected: '\u{10ac0}' },
  { title: 'Psalter Pahlavi', name: '\u{10b80}\u{10b81} \u{10b85}\u{10b86}', expected: '\u{10b80}' },
  { title: 'Sogdian', name: '\u{10f30}\u{10f31} \u{10f35}\u{10f36}', expected: '\u{10f30}' },
  { title: 'Old Uyghur', name: '\u{10f70}\u{10f71} \u{10f75}\u{10f76}', expected: '\u{10f70}' },
  { title: 'Chorasmian', name: '\u{10fb0}\u{10fb1} \u{10fb5}\u{10fb6}', expected: '\u{10fb0}' },
  { title: 'Phags-pa', name: '\ua840\ua841 \ua845\ua846', expected: '\ua840' },
  // Outside the BMP and not joining: still two, whole code points.
  { title: 'Deseret (astral, cased): two, raised', name: '\u{10434}\u{10437} \u{1043c}\u{10437}', expected: '\u{1040c}\u{10414}' },
  { title: 'Mathematical bold letters of a display name: two', name: '𝐉𝐨𝐡𝐧 𝐃𝐨𝐞', expected: '𝐉𝐃' },
  // The name's language is not known (a post's lang is its text's, not its author's name's): no
  // Turkish dotted İ from a guess; names are written capitalized, "İlker" keeps its İ.
  { title: 'a lower-case Turkish name: the language-neutral upper case', name: 'ilker başbuğ', expected: 'IB' },
  { title: 'a capitalized Turkish name keeps its dotted İ', name: 'İlker Başbuğ', expected: 'İB' },
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
