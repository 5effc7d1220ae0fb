#!/usr/bin/env bash
# Installs LibreOffice Writer (headless, no GUI) from Debian when `soffice` is missing, for the test
# that opens our Word exports in it (test/e2e/wordOpens.test.ts, issue 21 §4). Idempotent: does
# nothing when `soffice` is on the PATH. Only the Writer without its recommended packages
# (fonts, Java, help): converting a document to text needs none of them, and CI time is short.
# Prints the path the test uses: SOFFICE=/usr/bin/soffice
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS="${MINUTES_TOOLS_DIR:-$PWD/.tools}"
mkdir -p "$TOOLS"
# one installer at a time, shared with e2e-setup.sh: both may run apt-get, and test files run in parallel
exec 9>"$TOOLS/.setup.lock"
flock 9

if ! command -v soffice >/dev/null 2>&1; then
  echo "office-setup: installing libreoffice-writer-nogui from Debian (a few minutes, once)" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  # another program's apt-get (outside our lock) is waited for rather than failed on
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends libreoffice-writer-nogui >&2
fi
echo "SOFFICE=$(command -v soffice)"
