// Entry for the cdk CLI (cdk.json "app"); it runs from the repository root.
import { buildApp } from './build-app';

try {
  buildApp({ projectRoot: process.cwd(), env: process.env });
} catch (error) {
  // A short message, not a stack trace, for the expected mistakes (missing -c skillId, no build).
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
