/** The verdict of one comparison rule: a veto, or evidence points (0 = no evidence either way). */
export type Evidence = { veto: string } | { points: number };

export const none: Evidence = { points: 0 };

export function veto(reason: string): Evidence {
  return { veto: reason };
}

export function points(n: number): Evidence {
  return { points: n };
}

export function isVeto(e: Evidence): e is { veto: string } {
  return 'veto' in e;
}

export function pointsOf(e: Evidence): number {
  return 'points' in e ? e.points : 0;
}
