import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analyze.js';
import { Forwarding } from '../../src/enrich/merge-forward.js';
import type { EventDraft } from '../../src/pipeline/draft.js';
import type { EventLink } from '../../src/model/event.js';
import { packageRoot } from '../../src/util/paths.js';

/**
 * Links to drafts merged away (src/enrich/merge-forward.ts): a merge records "from → into", and the stage's end
 * re-points every link at the draft that survived. Per row: the merges in the order made, the links (relation
 * and target) of one draft, and those links after the stage.
 */
const ROWS: { name: string; merges: [string, string][]; links: [string, string][]; expected: [string, string][] }[] = [
  { name: 'no merge', merges: [], links: [['part-of', 'A']], expected: [['part-of', 'A']] },
  { name: 'one merge', merges: [['A', 'B']], links: [['part-of', 'A']], expected: [['part-of', 'B']] },
  { name: 'chain A→B→C', merges: [['A', 'B'], ['B', 'C']], links: [['part-of', 'A']], expected: [['part-of', 'C']] },
  { name: 'chain B→C then A→B', merges: [['B', 'C'], ['A', 'B']], links: [['part-of', 'A']], expected: [['part-of', 'C']] },
  { name: 'long chain', merges: [['A', 'B'], ['B', 'C'], ['C', 'D'], ['D', 'E']], links: [['outcome-of', 'B'], ['response-to', 'X']], expected: [['outcome-of', 'E'], ['response-to', 'X']] },
  { name: 'a draft merged into itself changes nothing', merges: [['A', 'A']], links: [['same-as', 'A']], expected: [['same-as', 'A']] },
  { name: 'two targets merged into one: the repeat goes', merges: [['A', 'C'], ['B', 'C']], links: [['part-of', 'A'], ['part-of', 'B']], expected: [['part-of', 'C']] },
  { name: 'two targets merged into one: other relations stay', merges: [['A', 'C']], links: [['part-of', 'A'], ['response-to', 'C']], expected: [['part-of', 'C'], ['response-to', 'C']] },
];

const draft = (links: EventLink[]): EventDraft => ({ links } as unknown as EventDraft);

for (const row of ROWS) {
  test(`links to merged drafts: ${row.name}`, () => {
    const fw = new Forwarding();
    for (const [from, into] of row.merges) fw.record(from, into);
    const links = row.links.map(([relation, event]) => ({ relation, event }) as EventLink);
    // a second draft sharing the link objects (copied drafts share them) sees the same targets
    const shared = draft([...links]);
    fw.apply([draft(links), shared]);
    assert.deepEqual(links.map((l) => [l.relation, l.event]), row.expected);
    for (const l of shared.links) assert.ok(row.expected.some(([, e]) => e === l.event));
  });
}

test('links to merged drafts: targets compare as they stand after the merges so far', () => {
  const fw = new Forwarding();
  const a = { relation: 'part-of', event: 'A' } as EventLink;
  const c = { relation: 'part-of', event: 'C' } as EventLink;
  assert.equal(fw.sameTarget(a, c), false);
  fw.record('A', 'B');
  fw.record('B', 'C');
  assert.equal(fw.sameTarget(a, c), true);
  assert.equal(fw.resolve('A'), 'C');
  assert.equal(fw.resolve('Z'), 'Z');
});

test('the reference article keeps the part-of link from the condition to the threat it was merged into', () => {
  const text = readFileSync(join(packageRoot, 'examples', 'iran-proxies-2023-10-24.txt'), 'utf8');
  const a = analyze({ text, published: '2023-10-24' });
  const condition = a.events.find((e) => e.family === 'assault' && e.modality === 'conditional' && e.actors.some((x) => x.text === 'Iran'));
  assert.ok(condition, 'the conditional attack by Iran and its proxies');
  const link = condition.links.find((l) => l.relation === 'part-of');
  assert.ok(link, `a part-of link, got ${JSON.stringify(condition.links)}`);
  const threat = a.events.find((e) => e.id === link.event);
  assert.ok(threat, 'the link points at an event of the analysis');
  assert.equal(threat.family, 'threaten');
  assert.ok(threat.actors.some((x) => /Blinken/.test(x.text)), 'the threat is Blinken\'s');
});
