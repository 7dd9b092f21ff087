import type { EventDraft } from '../pipeline/draft.js';
import type { EventLink } from '../model/event.js';

/**
 * Where the drafts merged away went, for the links that point at them. A merge records "from → into" here
 * (a union-find over draft ids) instead of scanning every draft's links on every merge, which was
 * O(drafts × merges) on long texts; the links are re-pointed once, when the merge stage ends (`apply`).
 * Code inside the stage that compares link targets reads them through `resolve`.
 */
export class Forwarding {
  /** Made by the first merge (most texts have none). */
  private parent: Map<string, string> | null = null;

  /** No merge recorded yet: every id stands for itself. */
  get empty(): boolean {
    return this.parent === null;
  }

  /** The id a link to `id` points at after the merges so far (path compression keeps chains short). */
  resolve(id: string): string {
    const parent = this.parent;
    if (parent === null) return id;
    let root = id;
    for (let next = parent.get(root); next !== undefined; next = parent.get(root)) root = next;
    while (id !== root) {
      const next = parent.get(id)!;
      parent.set(id, root);
      id = next;
    }
    return root;
  }

  /** The draft `from` was merged into `into`: links to `from` (and to what was merged into it) now go to `into`. */
  record(from: string, into: string): void {
    const a = this.resolve(from);
    const b = this.resolve(into);
    if (a !== b) (this.parent ??= new Map()).set(a, b);
  }

  /** Both links point at one draft after the merges so far. */
  sameTarget(x: EventLink, y: EventLink): boolean {
    return x.event === y.event || this.resolve(x.event) === this.resolve(y.event);
  }

  /**
   * Re-point every link of `drafts` (dropped ones too: drafts share link objects and arrays) at its
   * surviving draft, and drop the exact repeats (relation and target) this leaves in one draft's list.
   */
  apply(drafts: EventDraft[]): void {
    if (this.empty) return;
    for (const d of drafts) {
      const links = d.links;
      if (links.length === 0) continue;
      for (const l of links) l.event = this.resolve(l.event);
      if (links.length > 1) dedupLinks(links);
    }
  }
}

/** Remove, in place, the links that repeat an earlier one's relation and target (the first stays). */
function dedupLinks(links: EventLink[]): void {
  let kept = 0;
  for (let i = 0; i < links.length; i++) {
    const l = links[i]!;
    let seen = false;
    for (let j = 0; j < kept; j++) if (links[j]!.event === l.event && links[j]!.relation === l.relation) { seen = true; break; }
    if (!seen) links[kept++] = l;
  }
  links.length = kept;
}
