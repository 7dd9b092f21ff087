import { parseArgs } from 'node:util';
import { analyzeDoc, toAnalysis } from '../analyze.js';
import { readSource } from '../read/source.js';
import { isInputError } from '../read/errors.js';
import { fullJit, ONE_SHOT_MAX_CHARS } from '../util/jit.js';
// Output formats are imported when used (export records for plover, the table and --explain renderers),
// so one format does not pay start-up time for the others.

const HELP = `usage: sitrep analyze FILE|URL|- [options]

Analyse one article (plain text, HTML, or JSON {text, title?, url?, published?, outlet?}) into
coded events, quotes and lull records.

options:
  --published DATE     reference date for relative dates (YYYY-MM-DD); default: the article's metadata
  --outlet NAME        the outlet that published the article
  --format FORMAT      table (default on a terminal) | json (default otherwise) | jsonl | plover
  --explain            show which rules and dictionary entries produced each field
  --input-format FMT   auto (default) | text | html | json
  --allow-private      allow URLs on private/loopback addresses
  --allow-non-english  analyse text that does not look like English
  --timeout MS         network timeout for URLs (default 15000)
  -h, --help           this help

exit codes: 0 ok · 2 usage · 3+ bad input (see docs/readers.md)`;

const FORMATS = new Set(['table', 'json', 'jsonl', 'plover']);
const DATE = /^\d{4}-\d{2}-\d{2}(T[0-9:.+\-Z]*)?$/;

export async function run(argv: string[]): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  let positionals: string[];
  try {
    ({ values, positionals } = parse(argv));
  } catch (err) {
    process.stderr.write(`sitrep analyze: ${(err as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  if (positionals.length !== 1) {
    process.stderr.write(`sitrep analyze: give exactly one FILE, URL or - (got ${positionals.length})\n\n${HELP}\n`);
    return 2;
  }
  const format = values.format ?? (process.stdout.isTTY ? 'table' : 'json');
  if (!FORMATS.has(format)) {
    process.stderr.write(`sitrep analyze: unknown --format "${format}" (table, json, jsonl, plover)\n`);
    return 2;
  }
  if (values.published !== undefined && !DATE.test(values.published)) {
    process.stderr.write(`sitrep analyze: --published must be a date like 2023-10-24 (got "${values.published}")\n`);
    return 2;
  }
  const inputFormat = values['input-format'] ?? 'auto';
  if (!['auto', 'text', 'html', 'json'].includes(inputFormat)) {
    process.stderr.write(`sitrep analyze: unknown --input-format "${inputFormat}"\n`);
    return 2;
  }
  const timeoutMs = values.timeout ? Number(values.timeout) : undefined;
  if (timeoutMs !== undefined && !(timeoutMs > 0)) {
    process.stderr.write('sitrep analyze: --timeout must be a positive number of milliseconds\n');
    return 2;
  }

  let article;
  try {
    article = await readSource(positionals[0]!, {
      format: inputFormat as 'auto',
      published: values.published ?? null,
      outlet: values.outlet ?? null,
      allowPrivate: values['allow-private'] ?? false,
      allowNonEnglish: values['allow-non-english'] ?? false,
      ...(timeoutMs ? { timeoutMs } : {}),
    });
  } catch (err) {
    if (isInputError(err)) {
      process.stderr.write(`sitrep analyze: ${err.describe()}\n`);
      return err.exitCode;
    }
    throw err;
  }

  if (article.text.length > ONE_SHOT_MAX_CHARS) fullJit();
  const doc = analyzeDoc(article, { published: values.published ?? article.published, outlet: values.outlet ?? article.outlet, explain: values.explain ?? false });
  const analysis = toAnalysis(doc);
  if (!doc.referenceDate) process.stderr.write('sitrep analyze: no published date (give --published): relative dates stay unresolved\n');

  switch (format) {
    case 'table':
      process.stdout.write((await import('./format/table.js')).renderTable(analysis));
      break;
    case 'json':
      // No run-time zod parse here: the analysis is our own typed output, not untrusted input, and building
      // the model schemas cost ~10% of a cold start. test/cli validates this output against model/analysis.
      process.stdout.write(JSON.stringify(analysis, null, 2) + '\n');
      break;
    case 'jsonl':
      for (const e of analysis.events) process.stdout.write(JSON.stringify({ type: 'event', ...e }) + '\n');
      for (const q of analysis.quotes) process.stdout.write(JSON.stringify({ type: 'quote', ...q }) + '\n');
      for (const l of analysis.lulls) process.stdout.write(JSON.stringify({ type: 'lull', ...l }) + '\n');
      break;
    case 'plover': {
      const meta = { id: article.id, outlet: article.outlet, published: article.published, url: article.url };
      const [{ eventRecord }, { ploverRecord }] = await Promise.all([import('../export/record.js'), import('../export/plover.js')]);
      const now = new Date();
      for (const e of analysis.events) process.stdout.write(JSON.stringify(ploverRecord(eventRecord({ event: e, article: meta }), now)) + '\n');
      break;
    }
  }
  if (values.explain) {
    const text = (await import('./format/explain.js')).renderExplain(doc, analysis);
    // with a machine format on stdout, the explanation goes to stderr so the output stays parseable
    (format === 'table' ? process.stdout : process.stderr).write('\n' + text);
  }
  return 0;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      published: { type: 'string' },
      outlet: { type: 'string' },
      format: { type: 'string' },
      explain: { type: 'boolean' },
      'input-format': { type: 'string' },
      'allow-private': { type: 'boolean' },
      'allow-non-english': { type: 'boolean' },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
