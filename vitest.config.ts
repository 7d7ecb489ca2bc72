import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` needs nothing but Node; `integration` (test/integration, test/e2e)
 * gets a real Neo4j 5 from test/setup/globalSetup.ts and runs one file at a time, because
 * Community has one database that the files clean between them.
 * The unit group runs first (groupOrder): on 2 vCPUs, unit workers next to a Neo4j
 * start-up made one start take 6 minutes instead of 2.
 *   npx vitest run --project unit
 */
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 900_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/setup/globalSetup.ts'],
          fileParallelism: false,
          // A hang guard, not a speed check: on a starved CI VM one query ran 36 s.
          testTimeout: 600_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
