// Makes sure a browser exists before the browser tests: on a fresh Debian machine as root it
// installs Debian's chromium; anywhere else it stops with a message that says what to do.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { HOW_TO_INSTALL, findChrome } from './find-chrome.mjs';

const found = findChrome();
if (found) {
  process.exit(0);
}
const isRoot = process.getuid?.() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('No Chrome or Chromium found: installing Debian chromium with apt-get…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  if (findChrome()) process.exit(0);
}
console.error(HOW_TO_INSTALL);
process.exit(1);
