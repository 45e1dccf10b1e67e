/**
 * Numbers every distinct line (a Map, so lines such as "constructor" or "__proto__" are
 * plain keys), giving the texts as arrays of small integers that compare in one step.
 */
export function numberLines(texts: string[][]): { ids: Int32Array[]; distinct: number } {
  const numbers = new Map<string, number>();
  const ids = texts.map((lines) =>
    Int32Array.from(lines, (line) => {
      let id = numbers.get(line);
      if (id === undefined) {
        id = numbers.size;
        numbers.set(line, id);
      }
      return id;
    }),
  );
  return { ids, distinct: numbers.size };
}
