/** Placeholder: the analyze command lands with its issue. */
export async function run(_argv: string[]): Promise<number> {
  process.stderr.write('sitrep analyze: not implemented yet\n');
  return 1;
}
