import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run test:s3`: deploy/s3-sync.sh against a local S3, over the site built by the global setup.
// Apart from `npm test` because its tools (aws CLI, moto_server) come from PyPI, not npm or Debian.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/deploy-s3/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
