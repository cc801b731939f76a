/**
 * A small, strict BibTeX reader for tests: one entry, `@type{key, name = {braced} | "quoted" | number | macro, …}`,
 * braces balanced inside every value, nothing after the entry. Throws with the reason when the text is not BibTeX.
 */
export type BibEntry = { type: string; key: string; fields: Record<string, string> };

export function parseBibtex(text: string): BibEntry {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`Not BibTeX at character ${i}: ${why}`);
  };
  const ws = () => {
    while (/\s/.test(text[i] ?? '')) i++;
  };
  const word = (what: string, pattern: RegExp) => {
    const m = pattern.exec(text.slice(i));
    if (!m) fail(`expected ${what}`);
    i += m![0].length;
    return m![0];
  };
  const expect = (ch: string) => {
    ws();
    if (text[i] !== ch) fail(`expected "${ch}", found "${text[i] ?? 'the end'}"`);
    i++;
  };
  const braced = () => {
    // At "{": read to its matching "}", counting unescaped braces.
    let depth = 0;
    const start = i;
    for (; i < text.length; i++) {
      if (text[i] === '\\') {
        i++;
        continue;
      }
      if (text[i] === '{') depth++;
      else if (text[i] === '}' && --depth === 0) return text.slice(start + 1, i++);
    }
    return fail('unbalanced braces');
  };
  ws();
  expect('@');
  const type = word('an entry type', /^[A-Za-z]+/).toLowerCase();
  expect('{');
  ws();
  const key = word('a citation key', /^[A-Za-z0-9_:.+/-]+/);
  const fields: Record<string, string> = {};
  for (;;) {
    ws();
    if (text[i] === '}') break;
    expect(',');
    ws();
    if (text[i] === '}') break;
    const name = word('a field name', /^[A-Za-z][A-Za-z0-9_-]*/).toLowerCase();
    if (name in fields) fail(`field "${name}" given twice`);
    expect('=');
    ws();
    if (text[i] === '{') fields[name] = braced();
    else if (text[i] === '"') {
      const end = text.indexOf('"', i + 1);
      if (end < 0) fail('unclosed quote');
      fields[name] = text.slice(i + 1, end);
      i = end + 1;
    } else fields[name] = word('a value', /^[A-Za-z0-9]+/);
  }
  i++;
  ws();
  if (i < text.length) fail('text after the entry');
  return { type, key, fields };
}
