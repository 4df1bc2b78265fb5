/**
 * Makes sure Debian's Chromium and Firefox ESR are installed: as root it installs the
 * missing ones with apt-get; otherwise it stops and says how.
 */
import { execFileSync } from 'node:child_process';
import { missingBrowsers } from '../test/support/browsers.js';

export function ensureBrowsers(): void {
  const missing = missingBrowsers();
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    console.error(
      `\nThe tests need Debian's ${missing.join(' and ')}, which ${missing.length > 1 ? 'are' : 'is'} not installed.\n` +
        `Install ${missing.length > 1 ? 'them' : 'it'} with:\n\n    sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\n\n` +
        `or point CHROMIUM_PATH / FIREFOX_PATH at existing binaries, then run npm test again.\n`,
    );
    process.exit(1);
  }
  console.log(`Installing Debian's ${missing.join(' and ')} (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
  const still = missingBrowsers();
  if (still.length) {
    console.error(`apt-get finished but ${still.join(' and ')} is still missing at the expected path.`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureBrowsers();
