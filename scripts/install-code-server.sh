#!/usr/bin/env bash
# Installs code-server 4.100.3 from the npm registry into .vscode-test/code-server/ (offline-safe: only the npm
# registry is contacted). Idempotent: exits at once when the marker file exists. Steps and why: README.md, "The two commands".
set -euo pipefail

VERSION=4.100.3
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST="${CODE_SERVER_DIR:-$ROOT/.vscode-test/code-server}"
MARKER="$DEST/.installed-$VERSION"

if [[ -f "$MARKER" ]]; then
  echo "code-server $VERSION already installed in $DEST"
  exit 0
fi

fail() { echo "install-code-server: ERROR: $*" >&2; exit 1; }
step() { echo "install-code-server: [$(( SECONDS - START ))s] $*"; }
START=$SECONDS

command -v rg >/dev/null 2>&1 || fail "ripgrep (rg) not found. Install it: apt-get install -y ripgrep"
# Chromium is only needed by the tests (npm start prints a URL for any browser).
command -v chromium >/dev/null 2>&1 || [[ -x /usr/bin/chromium ]] || \
  echo "install-code-server: note: chromium not found; the UI and integration tests need it (apt-get install -y chromium)"
command -v node >/dev/null 2>&1 || fail "node not found"
command -v npm >/dev/null 2>&1 || fail "npm not found"
for t in make g++; do command -v "$t" >/dev/null 2>&1 || fail "$t not found (needed to build native modules)"; done
command -v python3 >/dev/null 2>&1 || fail "python3 not found (needed by node-gyp)"
if [[ ! -f /usr/include/gssapi/gssapi.h && ! -f /usr/include/gssapi.h ]]; then
  fail "Kerberos headers missing. Install them: apt-get install -y libkrb5-dev"
fi
RG="$(command -v rg)"

export npm_config_yes=true          # node-pty's build calls `npx node-gyp`
export npm_config_unsafe_perm=true  # scripts keep running as root
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
export CI="${CI:-true}"

# Start from a clean folder: a half-finished install (no marker) is not trusted.
rm -rf "$DEST"
mkdir -p "$DEST"
cd "$DEST"
echo '{ "name": "code-server-host", "private": true }' > package.json

step "npm install --ignore-scripts code-server@$VERSION"
npm install --ignore-scripts --no-save --loglevel=error "code-server@$VERSION" </dev/null

step "npm rebuild argon2"
npm rebuild argon2 --loglevel=error </dev/null

VS="$DEST/node_modules/code-server/lib/vscode"
[[ -d "$VS" ]] || fail "unexpected layout: $VS missing"
cd "$VS"
step "lib/vscode: npm install --omit=dev --ignore-scripts"
npm install --omit=dev --ignore-scripts --loglevel=error </dev/null

step "lib/vscode: ripgrep from $RG"
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$RG" node_modules/@vscode/ripgrep/bin/rg
chmod +x node_modules/@vscode/ripgrep/bin/rg

step "lib/vscode: npm rebuild (node-pty, spdlog, kerberos, native-watchdog, ...)"
npm rebuild --loglevel=error </dev/null

step "lib/vscode: symlinks"
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sfn code-linux.sh code-server)
(cd bin/helpers && ln -sfn browser-linux.sh browser.sh)

step "lib/vscode/extensions: npm install --omit=dev"
# Its postinstall lists every file it prunes: keep that in a log.
(cd extensions && npm install --omit=dev --loglevel=error </dev/null >"$DEST/extensions-install.log" 2>&1) || {
  tail -n 40 "$DEST/extensions-install.log" >&2
  fail "npm install in lib/vscode/extensions failed (log: $DEST/extensions-install.log)"
}

# Sanity check: the native modules the server needs must load.
step "checking native modules"
(cd "$VS" && node -e '
for (const m of ["node-pty", "@vscode/spdlog", "kerberos", "native-watchdog"]) {
  try { require(m); } catch (e) { console.error("cannot load " + m + ": " + e.message); process.exit(1); }
}') || fail "native module check failed"
node -e 'require(process.argv[1])' "$DEST/node_modules/argon2" || fail "argon2 does not load"

date -u +%FT%TZ > "$MARKER"
step "done: code-server $VERSION in $DEST"
