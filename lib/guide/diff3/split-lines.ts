/**
 * Lines as diff sees a file: each keeps its "\n", and a last line without one is a
 * different line from the same text with one. Joining the lines gives the text back.
 */
export function splitLines(text: string): string[] {
  const normalised = text.replace(/\r\n?/g, "\n");
  const lines = normalised.split("\n").map((line) => `${line}\n`);
  const last = lines.pop() as string;
  if (last !== "\n") lines.push(last.slice(0, -1));
  return lines;
}
