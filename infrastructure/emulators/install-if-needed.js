// Runs `npm ci` for the pinned emulators unless the installed tree already matches the lockfile.
const { execSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const here = __dirname;
const lock = path.join(here, 'package-lock.json');
const marker = path.join(here, 'node_modules', '.package-lock.json');
const upToDate = fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= fs.statSync(lock).mtimeMs
  && fs.existsSync(path.join(here, 'node_modules', 'dynalite', 'cli.js'));
if (!upToDate) {
  execSync('npm ci --no-audit --no-fund --loglevel=error', { cwd: here, stdio: 'inherit' });
}
