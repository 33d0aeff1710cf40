import en from './locales/en.json';
import fr from './locales/fr.json';
import vi from './locales/vi.json';

type Tree = { [key: string]: string | Tree };

/** Flattened keys, with plural suffixes folded: "a.b_one" and "a.b_other" are both "a.b". */
function keys(tree: Tree, prefix = ''): Set<string> {
  const out = new Set<string>();
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.add(path.replace(/_(zero|one|two|few|many|other)$/, ''));
    else keys(v, path).forEach((p) => out.add(p));
  }
  return out;
}

const placeholders = (tree: Tree, prefix = ''): Map<string, string> => {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(path, [...v.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort().join(','));
    else placeholders(v, path).forEach((p, key) => out.set(key, p));
  }
  return out;
};

describe.each([
  ['fr', fr],
  ['vi', vi],
])('the %s catalog', (_name, catalog) => {
  it('has every key of the English catalog, and no other', () => {
    expect([...keys(catalog as Tree)].sort()).toEqual([...keys(en as Tree)].sort());
  });

  it('keeps every placeholder of the English text', () => {
    const ours = placeholders(catalog as Tree);
    for (const [key, names] of placeholders(en as Tree)) {
      const base = key.replace(/_(one|other)$/, '');
      const match = ours.get(key) ?? ours.get(`${base}_other`);
      // "{{count}}" may be dropped where the language says "one" in words.
      expect([names, names.replace(/(^|,)count(,|$)/, '$1').replace(/^,|,$/g, '')], key).toContain(match);
    }
  });
});

describe('French typography', () => {
  const values = (tree: Tree): string[] => Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : values(v)));
  it('puts a narrow no-break space before : ; ! ? and inside « », never an ordinary one', () => {
    for (const text of values(fr as Tree)) {
      expect(text, text).not.toMatch(/[ \u00a0][:;!?»]|«[ \u00a0]/);
      // A colon or semicolon glued to the word before it (outside {{placeholders}} and URLs).
      expect(text.replace(/\{\{\w+\}\}|https?:\S+/g, ''), text).not.toMatch(/[\p{L}\d)][;!?]|[\p{L})]:\s/u);
    }
  });
});
