/**
 * The comparison collection: `content/comparison/dimensions.yaml` and one `countries/<card-id>.yaml` per
 * country. Checks what a schema alone cannot: every country has a value for every dimension, a level belongs to
 * its dimension's scale and is absent exactly when the value is not documented, a webinar-reported value cites
 * the webinar, every source and country card exists, and anchors name real headings of the country card.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { closest } from '../../lib/closest.ts';
import { paths } from '../../lib/paths.ts';
import { slugify } from '../../lib/slug.ts';
import {
  countryFileSchema,
  dimensionsFileSchema,
  type ComparisonCountry,
  type ComparisonData,
  type CountryFile,
  type Dimension,
} from '../comparison-schema.ts';
import { COUNTRY_IDS, REFERENCE_ID } from '../comparison-vocabulary.ts';
import type { Source } from '../schema.ts';
import type { ContentProblem } from './errors.ts';
import type { LoadedContent } from './load-content.ts';
import { parseYaml, validateYaml, type ParsedYaml } from './yaml-data.ts';

/** The webinar page: the one source a "reported by a speaker" value must cite. */
export const WEBINAR_SOURCE = 'care-webinar-2022';

const rel = (root: string, file: string) => path.relative(path.dirname(root), file).split(path.sep).join('/');
const didYouMean = (wanted: string, known: readonly string[]) => {
  const near = closest(wanted, known);
  return near.length ? ` Did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : '';
};

type Parsed<T> = { file: string; yaml: ParsedYaml; value: T };

async function readYaml<T>(
  full: string,
  root: string,
  schema: Parameters<typeof validateYaml>[0],
  problems: ContentProblem[],
): Promise<Parsed<T> | undefined> {
  const file = rel(root, full);
  let text: string;
  try {
    text = await readFile(full, 'utf8');
  } catch {
    problems.push({ file, message: 'the file is missing' });
    return undefined;
  }
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return void problems.push(...parsed.problems), undefined;
  const valid = validateYaml(schema, parsed.parsed, file);
  if (!valid.ok) return void problems.push(...valid.problems), undefined;
  return { file, yaml: parsed.parsed, value: valid.value as T };
}

function checkDimensions(d: Parsed<Dimension[]>, problems: ContentProblem[]) {
  const seen = new Set<string>();
  d.value.forEach((dim, i) => {
    if (seen.has(dim.id)) problems.push({ file: d.file, line: d.yaml.lineOf([i, 'id']), field: `[${i}].id`, message: `duplicate dimension id "${dim.id}"` });
    seen.add(dim.id);
    const levels = new Set<string>();
    dim.levels.forEach((l, j) => {
      if (levels.has(l.id)) {
        problems.push({ file: d.file, line: d.yaml.lineOf([i, 'levels', j, 'id']), field: `[${i}].levels[${j}].id`, message: `duplicate level id "${l.id}" in dimension "${dim.id}"` });
      }
      levels.add(l.id);
    });
  });
}

/** The `##`/`###` heading anchors of a card body, as the card page gives them ids. */
async function cardAnchors(root: string, id: string): Promise<Set<string>> {
  const text = await readFile(path.join(root, 'cards', `${id}.mdx`), 'utf8').catch(() => '');
  return new Set([...text.matchAll(/^#{2,3}\s+(.+?)\s*#*\s*$/gm)].map((m) => slugify(m[1])));
}

type Context = { root: string; dims: Dimension[]; sourceIds: Set<string>; problems: ContentProblem[] };

function checkSources(ids: string[], where: { file: string; yaml: ParsedYaml; path: (string | number)[] }, ctx: Context) {
  ids.forEach((s, k) => {
    if (ctx.sourceIds.has(s)) return;
    const p = [...where.path, 'sources', k];
    ctx.problems.push({
      file: where.file,
      line: where.yaml.lineOf(p),
      field: p.map((x) => (typeof x === 'number' ? `[${x}]` : x)).join('.').replace(/\.\[/g, '['),
      message: `unknown source id "${s}": add it to content/sources.yaml.${didYouMean(s, [...ctx.sourceIds])}`,
    });
  });
}

async function buildCountry(id: string, c: Parsed<CountryFile>, ctx: Context): Promise<ComparisonCountry> {
  const { file, yaml, value } = c;
  const push = (p: (string | number)[], message: string) =>
    ctx.problems.push({ file, line: yaml.lineOf(p), field: p.map((x) => (typeof x === 'number' ? `[${x}]` : x)).join('.').replace(/\.\[/g, '['), message });
  const anchors = await cardAnchors(ctx.root, id);
  const dimIds = ctx.dims.map((d) => d.id);
  for (const key of Object.keys(value.values)) {
    if (!dimIds.includes(key)) push(['values', key], `unknown dimension "${key}".${didYouMean(key, dimIds)}`);
  }
  const values: ComparisonCountry['values'] = {};
  for (const dim of ctx.dims) {
    const v = value.values[dim.id];
    if (!v) {
      push(['values'], `no value for dimension "${dim.id}": give one, with confidence "not-documented" when the sources do not say`);
      continue;
    }
    const at = (field: string) => ['values', dim.id, field];
    const levelIds = dim.levels.map((l) => l.id);
    if (v.confidence === 'not-documented') {
      if (v.level) push(at('level'), 'a not-documented value has no level: remove it, or change the confidence');
      if (v.strength) push(at('strength'), 'a not-documented value has no strength');
    } else if (!v.level) {
      push(at('confidence'), `a ${v.confidence} value needs a level: one of ${levelIds.join(', ')}`);
    } else if (!levelIds.includes(v.level)) {
      push(at('level'), `"${v.level}" is not a level of "${dim.id}": use one of ${levelIds.join(', ')}.${didYouMean(v.level, levelIds)}`);
    }
    if (v.confidence === 'reported' && !v.sources.includes(WEBINAR_SOURCE)) {
      push(at('sources'), `a value reported by a webinar speaker cites the webinar page "${WEBINAR_SOURCE}"`);
    }
    if (v.confidence !== 'documented' && v.strength) push(at('strength'), 'strength is for documented values only');
    checkSources(v.sources, { file, yaml, path: ['values', dim.id] }, ctx);
    if (v.anchor && !anchors.has(v.anchor)) {
      push(at('anchor'), `the card "${id}" has no heading with anchor "${v.anchor}".${didYouMean(v.anchor, [...anchors])}`);
    }
    const anchor = v.anchor ?? dim.anchors.find((a) => anchors.has(a));
    values[dim.id] = { ...v, href: paths.card(id, anchor) };
  }
  value.milestones.forEach((m, i) => {
    checkSources(m.sources, { file, yaml, path: ['milestones', i] }, ctx);
    if (m.confidence === 'reported' && !m.sources.includes(WEBINAR_SOURCE)) {
      push(['milestones', i, 'sources'], `a milestone reported by a webinar speaker cites the webinar page "${WEBINAR_SOURCE}"`);
    }
  });
  const milestones = [...value.milestones].sort((a, b) => a.date.localeCompare(b.date));
  return { id, name: value.name, href: paths.card(id), values, milestones };
}

/** Loads and validates the comparison data; `base` gives the cards and sources it may cite. */
export async function loadComparison(root: string, base: LoadedContent): Promise<{ data: ComparisonData | undefined; problems: ContentProblem[] }> {
  const problems: ContentProblem[] = [];
  const dir = path.join(root, 'comparison');
  const dimsFile = await readYaml<Dimension[]>(path.join(dir, 'dimensions.yaml'), root, dimensionsFileSchema, problems);
  if (dimsFile) checkDimensions(dimsFile, problems);
  const names = (await readdir(path.join(dir, 'countries')).catch(() => [] as string[])).filter((n) => n.endsWith('.yaml')).sort();
  const ctx: Context = { root, dims: dimsFile?.value ?? [], sourceIds: new Set(base.sources.map((s) => s.id)), problems };
  const countries: ComparisonCountry[] = [];
  let reference: ComparisonCountry | undefined;
  for (const name of names) {
    const id = path.basename(name, '.yaml');
    const full = path.join(dir, 'countries', name);
    const file = rel(root, full);
    const isReference = id === REFERENCE_ID;
    if (!isReference && !(COUNTRY_IDS as readonly string[]).includes(id)) {
      problems.push({ file, message: `"${id}" is not one of the compared countries (${COUNTRY_IDS.join(', ')}) nor the reference (${REFERENCE_ID}); the file name is the country card's id` });
      continue;
    }
    const card = base.index.cards.find((c) => c.id === id);
    if (!card) problems.push({ file, message: `no ${isReference ? '' : 'country '}card "${id}": the file name must be the id of a card in content/cards${isReference ? '' : ' (kind: country)'}` });
    else if (!isReference && card.kind !== 'country') problems.push({ file, message: `the card "${id}" is of kind "${card.kind}", not "country"` });
    const parsed = await readYaml<CountryFile>(full, root, countryFileSchema, problems);
    if (!parsed || !dimsFile) continue;
    if (parsed.value.reference !== isReference) {
      problems.push({
        file,
        line: parsed.yaml.lineOf(['reference']),
        field: 'reference',
        message: isReference ? 'the reference file needs `reference: true`' : `only ${REFERENCE_ID}.yaml is the reference column: remove \`reference: true\``,
      });
    }
    const built = await buildCountry(id, parsed, ctx);
    if (isReference) reference = built;
    else countries.push(built);
  }
  for (const id of COUNTRY_IDS) {
    if (!names.includes(`${id}.yaml`)) problems.push({ file: rel(root, path.join(dir, 'countries', `${id}.yaml`)), message: 'the file is missing: every compared country needs its data file' });
  }
  if (problems.length) return { data: undefined, problems };
  countries.sort((a, b) => COUNTRY_IDS.indexOf(a.id as never) - COUNTRY_IDS.indexOf(b.id as never));
  const all = reference ? [reference, ...countries] : countries;
  const cited = [...new Set(all.flatMap((c) => [...Object.values(c.values).flatMap((v) => v.sources), ...c.milestones.flatMap((m) => m.sources)]))];
  const byId = new Map(base.sources.map((s) => [s.id, s]));
  return { data: { dimensions: dimsFile!.value, countries, reference, sources: cited.map((s) => byId.get(s)!) satisfies Source[] }, problems };
}

/** Registered in collections.ts (typed there, so this file does not import it back). */
export const comparisonCollection = {
  name: 'comparison',
  load: async (root: string, base: LoadedContent) => {
    const { data, problems } = await loadComparison(root, base);
    return { data, problems };
  },
};
