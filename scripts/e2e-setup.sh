#!/usr/bin/env bash
# Installs what the end-to-end tests need, idempotently, and caches it:
#  - Debian packages: chromium (the browser), libkrb5-dev (a native module of code-server),
#    ripgrep (stands in for the @vscode/ripgrep download, which cannot be reached), neovim;
#  - code-server 4.100.3 (the real VS Code workbench, from the npm registry) in .tools/.
# Prints the paths the tests use. Safe to run again: it does nothing when all is there.
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS="${MINUTES_TOOLS_DIR:-$PWD/.tools}"
CODE_SERVER_VERSION=4.100.3
RG_CACHE_VERSION=1.15.11
RG_TARBALL=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
mkdir -p "$TOOLS/home" "$TOOLS/tmp"
# one installer at a time: test files may call this script in parallel
exec 9>"$TOOLS/.setup.lock"
flock 9

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v rg >/dev/null 2>&1 || need+=(ripgrep)
command -v nvim >/dev/null 2>&1 || need+=(neovim)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
if [ ${#need[@]} -gt 0 ]; then
  echo "e2e-setup: installing ${need[*]} from Debian" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >&2
fi

if [ ! -x "$TOOLS/code-server/node_modules/.bin/code-server" ]; then
  echo "e2e-setup: installing code-server $CODE_SERVER_VERSION into $TOOLS/code-server (about a minute)" >&2
  # @vscode/ripgrep's postinstall downloads rg from a host we cannot reach; it looks in this cache first
  cache="$TOOLS/tmp/vscode-ripgrep-cache-$RG_CACHE_VERSION"
  if [ ! -f "$cache/$RG_TARBALL" ]; then
    mkdir -p "$cache" "$TOOLS/tmp/rg"
    cp "$(command -v rg)" "$TOOLS/tmp/rg/rg"
    tar -C "$TOOLS/tmp/rg" -czf "$cache/$RG_TARBALL" rg
  fi
  mkdir -p "$TOOLS/code-server"
  [ -f "$TOOLS/code-server/package.json" ] || echo '{"name":"minutes-e2e-tools","private":true}' > "$TOOLS/code-server/package.json"
  # HOME stays the user's here, so npm keeps the machine's npmrc (registry, and nodedir: the Node
  # headers node-gyp builds argon2 against, which it cannot download); TMPDIR holds the rg cache.
  (cd "$TOOLS/code-server" && TMPDIR="$TOOLS/tmp" npm_config_yes=true \
    npm install --no-audit --no-fund --unsafe-perm "code-server@$CODE_SERVER_VERSION" >&2)
fi
echo "TOOLS=$TOOLS"
echo "CODE_SERVER=$TOOLS/code-server/node_modules/.bin/code-server"
echo "CHROMIUM=$(command -v chromium)"
echo "NVIM=$(command -v nvim)"
