/**
 * A node:test reporter that counts passed and failed tests (not suites) into the file
 * named by PORTAL_COUNT_FILE, for the summary of `npm test` and `.ci/run`:
 * `{ passed, failed, names }`, `names` saying which tests failed (file › suite › test).
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

export default async function* countReporter(source) {
  let passed = 0;
  let failed = 0;
  const names = [];
  /** The suites a test sits in, by nesting level: `test:start` comes before the test's result. */
  const path = [];
  const fail = (data) => {
    failed++;
    const file = data.file ? `${relative(process.cwd(), data.file)} › ` : '';
    names.push(`${file}${[...path.slice(0, data.nesting), data.name].join(' › ')}`);
  };
  for await (const event of source) {
    if (event.type === 'test:start') {
      path.length = event.data.nesting;
      path[event.data.nesting] = event.data.name;
      continue;
    }
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') {
      // A suite that failed outside its tests (a hook) still counts as a failure.
      if (event.type === 'test:fail' && event.data.details?.error?.failureType === 'hookFailed') fail(event.data);
      continue;
    }
    if (event.data.skip || event.data.todo) continue;
    if (event.type === 'test:pass') passed++;
    else fail(event.data);
  }
  writeFileSync(process.env.PORTAL_COUNT_FILE ?? '.test-results/node.json', JSON.stringify({ passed, failed, names }));
}
