// Run before the browser tests: find Chromium, or install Debian's when we are root on Debian.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, HOW_TO_GET_CHROMIUM } from './chromium-path.mjs';

if (chromiumPath() === null) {
  const rootOnDebian = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (rootOnDebian) {
    console.log('No Chromium found: installing Debian\'s chromium with apt-get…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  }
  if (chromiumPath() === null) {
    console.error(HOW_TO_GET_CHROMIUM);
    process.exit(1);
  }
}
