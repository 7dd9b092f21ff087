/** sitrep export: write events or clusters in a format other tools read. */
import { parseArgs } from 'node:util';
import type { Store } from '../store/store.js';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { QUERY_HELP, QUERY_OPTIONS, openForReading, queryRecords, toQuery } from '../export/query.js';
import { FORMATS, writeRecords } from '../export/index.js';
import type { Sink } from '../export/sink.js';

const USAGE = `usage: sitrep export --format FORMAT [--out FILE] [filters]

formats:
${Object.values(FORMATS).map((f) => `  ${f.name.padEnd(8)} ${f.description} (.${f.extension})`).join('\n')}

output:
  --out FILE     write to FILE (default: standard output)
  --header       gdelt: write a header line (GDELT's own files have none)

One record per real event (cluster) by default; --events writes one per extracted mention.
See docs/export.md for every column.

${QUERY_HELP}`;

export async function run(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { ...QUERY_OPTIONS, format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, header: { type: 'boolean' } },
      allowPositionals: false,
    }));
  } catch (err) {
    process.stderr.write(`sitrep export: ${(err as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const format = values.format ? FORMATS[values.format] : undefined;
  if (!format) {
    process.stderr.write(`sitrep export: --format wants one of ${Object.keys(FORMATS).join(', ')}${values.format ? `, got "${values.format}"` : ''}\n`);
    return 2;
  }
  let query;
  try {
    query = toQuery(values);
  } catch (err) {
    process.stderr.write(`sitrep export: ${(err as Error).message}\n`);
    return 2;
  }
  let store: Store;
  try {
    store = await openForReading(values.db);
  } catch (err) {
    process.stderr.write(`sitrep export: ${(err as Error).message}\n`);
    return 1;
  }
  try {
    const toFile = values.out !== undefined && values.out !== '-';
    const stream = toFile ? createWriteStream(values.out!) : process.stdout;
    // Respect back-pressure: wait for 'drain' when the stream's buffer is full.
    let pending: Promise<unknown> | null = null;
    const sink: Sink = { write(chunk: string) { if (!stream.write(chunk)) pending ??= once(stream, 'drain').finally(() => { pending = null; }); } };
    async function* paced() {
      for await (const r of queryRecords(store, query!)) {
        if (pending) await pending;
        yield r;
      }
    }
    const n = await writeRecords(format, paced(), sink, { header: values.header ?? false });
    if (toFile) {
      (stream as ReturnType<typeof createWriteStream>).end();
      await once(stream, 'finish');
      process.stderr.write(`sitrep export: ${n} ${query.clusters ? 'clusters' : 'events'} → ${values.out} (${format.name})\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
