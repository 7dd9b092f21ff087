/** sitrep events: query the event database (clusters of mentions by default, or raw events). */
import { parseArgs } from 'node:util';
import type { Store } from '../store/store.js';
import { QUERY_HELP, QUERY_OPTIONS, openForReading, queryRecords, toQuery } from '../export/query.js';
import { mentionLines, tableHeader, tableLine } from '../export/table.js';

const USAGE = `usage: sitrep events [filters] [--format table|json|jsonl] [--mentions]

Lists real events (clusters of mentions across articles and outlets, see docs/dedup.md) or, with
--events, every extracted event, in date order.

${QUERY_HELP}

output:
  --format table|json|jsonl   table (default), a JSON array, or one JSON record per line
  --mentions                  under each table row, list the cluster's mentions and their figures

Default --limit for the table is 50; json and jsonl have no default limit.`;

export async function run(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { ...QUERY_OPTIONS, format: { type: 'string' }, mentions: { type: 'boolean' } },
      allowPositionals: false,
    }));
  } catch (err) {
    process.stderr.write(`sitrep events: ${(err as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const format = values.format ?? 'table';
  if (!['table', 'json', 'jsonl'].includes(format)) {
    process.stderr.write(`sitrep events: --format wants table, json or jsonl, got "${format}"\n`);
    return 2;
  }
  let query;
  try {
    query = toQuery(values);
  } catch (err) {
    process.stderr.write(`sitrep events: ${(err as Error).message}\n`);
    return 2;
  }
  if (format === 'table' && query.limit === null) query.limit = 50;
  let store: Store;
  try {
    store = await openForReading(values.db);
  } catch (err) {
    process.stderr.write(`sitrep events: ${(err as Error).message}\n`);
    return 1;
  }
  const out = process.stdout;
  try {
    let n = 0;
    if (format === 'json') out.write('[');
    if (format === 'table') out.write(tableHeader() + '\n');
    for await (const r of queryRecords(store, query)) {
      const record = { kind: r.kind, ...(r.raw as object) };
      if (format === 'json') out.write((n ? ',\n' : '\n') + JSON.stringify(record));
      else if (format === 'jsonl') out.write(JSON.stringify(record) + '\n');
      else {
        out.write(tableLine(r) + '\n');
        if (values.mentions) for (const l of mentionLines(r)) out.write(l + '\n');
      }
      n++;
    }
    if (format === 'json') out.write(n ? '\n]\n' : ']\n');
    if (format === 'table') process.stderr.write(`${n} ${query.clusters ? 'event cluster' : 'event'}${n === 1 ? '' : 's'}${query.limit !== null && n >= query.limit ? ` (--limit ${query.limit})` : ''}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
