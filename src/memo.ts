// Answers of pure functions that every card asks for again, kept by key.

/** `make()`'s answer for `key`, made once while `memo` holds it (it starts over past 2000 answers). */
export function remember<T>(memo: Map<string, T>, key: string, make: () => T): T {
  if (!memo.has(key)) {
    if (memo.size > 2000) memo.clear();
    memo.set(key, make());
  }
  return memo.get(key)!;
}
