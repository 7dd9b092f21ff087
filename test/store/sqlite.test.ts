import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { runStoreContract } from './common.case.js';

runStoreContract({
  name: 'SQLite',
  unavailable: async () => null,
  fresh: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
    return {
      open: () => openSqliteStore(join(dir, 'test.db')),
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
});
