/** Where an export writes: a Node stream, process.stdout, or an array in tests. */
export interface Sink {
  write(chunk: string): unknown;
}

/** A Sink that collects everything written (for tests and small exports). */
export class StringSink implements Sink {
  private parts: string[] = [];
  write(chunk: string): void {
    this.parts.push(chunk);
  }
  toString(): string {
    return this.parts.join('');
  }
}
