// The XSS corpus as data: the Big List of Naughty Strings (npm) plus our sanitizer-bypass classes.
import blns from 'big-list-of-naughty-strings/blns.json';
import ours from '../fixtures/security/xss-payloads.json';

export interface Payload {
  class: string;
  title: string;
  payload: string;
}

/** Our cases: scripts, handlers, disguised schemes, protocol-relative hosts, mXSS, clobbering, CSS, JSON breakouts. */
export const bypasses: Payload[] = ours.cases.map((c: Payload & { escaped?: boolean }) => ({
  class: c.class,
  title: c.title,
  // Lone surrogates are spelled \uXXXX in the file: build tools' JSON parsers reject them raw.
  payload: c.escaped ? c.payload.replace(/\\u([\da-f]{4})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : c.payload,
}));

/** The Big List of Naughty Strings, deduplicated against our own cases. */
export const naughty: Payload[] = [...new Set(blns as string[])]
  .filter((s) => !bypasses.some((b) => b.payload === s))
  .map((payload, i) => ({ class: 'blns', title: `blns #${i}`, payload }));

export const corpus: Payload[] = [...bypasses, ...naughty];
