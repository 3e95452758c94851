// The work a reader does on its input, counted instead of timed: reads of the input's list items
// (through a Proxy) and the characters String#indexOf and #includes look at. A reader that is linear
// in its input does a few of each per item; a quadratic one (a list searched once per item, a text
// searched once per link) does n². Counts are the same on any machine, where a time limit fails
// on a loaded one.

/** What `run` did to `input`: its result, the list items it read, and the characters it searched. */
export function work<T, R>(input: T, run: (input: T) => R): { result: R; reads: number; searched: number } {
  let reads = 0;
  let searched = 0;
  const proxies = new WeakMap<object, object>();
  const wrap = (v: unknown): unknown => {
    if (!v || typeof v !== 'object') return v;
    let p = proxies.get(v);
    if (!p) {
      p = new Proxy(v, {
        get(target, key, receiver) {
          if (Array.isArray(target) && typeof key === 'string' && /^\d+$/.test(key)) reads++;
          return wrap(Reflect.get(target, key, receiver));
        },
      });
      proxies.set(v, p);
    }
    return p;
  };
  const { indexOf, includes } = String.prototype;
  /** Characters from `from` to the match's end, or to the end of the text when there is none. */
  const scan = (text: string, needle: string, from: number, at: number) =>
    (searched += Math.max(0, (at < 0 ? text.length : at + needle.length) - Math.max(0, from)));
  String.prototype.indexOf = function (this: string, needle: string, from = 0) {
    const at = indexOf.call(this, needle, from);
    scan(String(this), String(needle), from, at);
    return at;
  };
  String.prototype.includes = function (this: string, needle: string, from = 0) {
    scan(String(this), String(needle), from, indexOf.call(this, needle, from));
    return includes.call(this, needle, from);
  };
  try {
    return { result: run(wrap(input) as T), reads, searched };
  } finally {
    Object.assign(String.prototype, { indexOf, includes });
  }
}
