/**
 * One copy of a string, internalised (V8's string table). Optimised code that compares a field with a literal
 * (`kind === 'organisation'`, `t.text === ';'`) specialises on internalised strings when every value it has seen was
 * one, and throws itself away ("wrong instance type") at the first equal string that is not. JSON.parse internalises
 * only string values of up to 10 characters, and slices of the text are never internalised: dictionary values used as
 * enums and punctuation tokens go through here once, so every copy is the internalised one. Only for small closed
 * sets of values (the table is never emptied).
 */
const TABLE = new Map<string, string>();

export function intern<S extends string>(s: S): S {
  let v = TABLE.get(s) as S | undefined;
  if (v === undefined) {
    // a property key is internalised and Object.keys hands back that copy (an array index such as "12" comes back
    // equal but maybe not internalised: the value is the same either way)
    v = Object.keys({ [s]: 0 })[0]! as S;
    TABLE.set(s, v);
  }
  return v;
}
