import { openPostgresStore } from '../../src/store/postgres/store.js';
import { runStoreContract } from './common.case.js';
import { createTestDatabase, pgUnavailable } from './pg.js';

runStoreContract({
  name: 'PostgreSQL',
  unavailable: pgUnavailable,
  fresh: async () => {
    const db = await createTestDatabase();
    return { open: () => openPostgresStore(db.url), cleanup: () => db.drop() };
  },
});
