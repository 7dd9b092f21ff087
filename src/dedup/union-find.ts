/** Union-find over 0..n-1 that also keeps each root's member list. */
export class UnionFind {
  private parent: number[];
  private members: number[][];

  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
    this.members = Array.from({ length: n }, (_, i) => [i]);
  }

  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    let j = i;
    while (this.parent[j] !== r) {
      const next = this.parent[j]!;
      this.parent[j] = r;
      j = next;
    }
    return r;
  }

  membersOf(root: number): number[] {
    return this.members[root]!;
  }

  union(a: number, b: number): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if (this.members[ra]!.length < this.members[rb]!.length) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.members[ra]!.push(...this.members[rb]!);
    this.members[rb] = [];
  }

  /** Groups of indices, each sorted, in order of their smallest index. */
  groups(): number[][] {
    const out: number[][] = [];
    for (let i = 0; i < this.parent.length; i++) {
      if (this.find(i) === i) out.push([...this.members[i]!].sort((x, y) => x - y));
    }
    return out.sort((x, y) => x[0]! - y[0]!);
  }
}
