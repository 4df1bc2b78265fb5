/**
 * A node:test reporter that counts passed and failed tests (not suites) into the file
 * named by PORTAL_COUNT_FILE, for the summary line of `npm test` and `.ci/run`.
 */
import { writeFileSync } from 'node:fs';

export default async function* countReporter(source) {
  let passed = 0;
  let failed = 0;
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') {
      // A suite that failed outside its tests (a hook) still counts as a failure.
      if (event.type === 'test:fail' && event.data.details?.error?.failureType === 'hookFailed') failed++;
      continue;
    }
    if (event.data.skip || event.data.todo) continue;
    if (event.type === 'test:pass') passed++;
    else failed++;
  }
  writeFileSync(process.env.PORTAL_COUNT_FILE ?? '.test-results/node.json', JSON.stringify({ passed, failed }));
}
