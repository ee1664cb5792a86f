#!/usr/bin/env bash
# Debian packages the test suite needs: Chromium (browser tests) and a PostgreSQL
# server (integration tests start a throwaway cluster). Installs only what is missing.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || missing+=(postgresql)
# Fonts for the browser tests' screenshots: traditional Mongolian (Noto Sans Mongolian is in
# fonts-noto-core) and emoji (the 📞 and 🆘 buttons), or Chromium draws empty boxes.
if command -v fc-list >/dev/null 2>&1; then
    fc-list | grep -qi "Noto Sans Mongolian" || missing+=(fonts-noto-core)
    fc-list | grep -qi "Noto Color Emoji" || missing+=(fonts-noto-color-emoji)
fi

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
echo "installing Debian packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
