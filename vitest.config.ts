import { configDefaults, defineConfig } from 'vitest/config';

const CMS_REBUILD = 'tests/cms-server/rebuild.test.ts';

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
    projects: [
      {
        // `npm run test:unit`: pure functions, schema, CMS config and the local CMS backend; no build of the site.
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/cms-server/**/*.test.ts'],
          // The backend's --rebuild runs `npm run build` after a publication: a build, so the site lane runs it.
          exclude: [...configDefaults.exclude, CMS_REBUILD],
          // Type tests (`*.test-d.ts`, expectTypeOf): checked by tsc, never run; a type error fails the lane.
          typecheck: {
            enabled: true,
            include: ['tests/unit/**/*.test-d.ts'],
            tsconfig: 'tests/unit/tsconfig.typecheck.json',
          },
          // Two files at a time on two cores (Vitest's default there is one). Group 0 with one worker would be
          // Vitest's catch-all sequential group, which runs last; group 1 runs first.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        // Assertions over the built dist/, in Chromium, behind nginx, and the journey; built once in global-setup.
        extends: true,
        test: {
          name: 'site',
          include: [
            'tests/build/**/*.test.ts',
            'tests/browser/**/*.test.ts',
            'tests/journey/**/*.test.ts',
            CMS_REBUILD,
          ],
          globalSetup: ['tests/global-setup.ts'],
          // Builds and browsers share two cores; running files one at a time keeps timings honest.
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
