#!/usr/bin/env bash
# Debian packages the test suite needs: Chromium (browser tests), a PostgreSQL server (integration
# tests start a throwaway cluster) and fonts. Installs only what is missing; when everything is
# there it only looks (a fraction of a second) and changes nothing.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || missing+=(postgresql)
# Fonts for the browser tests' screenshots (or Chromium draws empty boxes) and for the supervisors'
# chart images (bot/stats_charts.py, drawn by matplotlib in production too): Chinese (Noto Sans
# CJK, which the charts name, in fonts-noto-cjk), traditional Mongolian (Noto Sans Mongolian
# is in fonts-noto-core) and emoji (the 📞 and 🆘 buttons).
# The lists are read whole first: `fc-list | grep -q` fails under pipefail when grep stops early.
if command -v fc-list >/dev/null 2>&1; then
    fonts=$(fc-list)
    grep -qi "Noto Sans CJK" <<<"$fonts" || missing+=(fonts-noto-cjk)
    grep -qi "Noto Sans Mongolian" <<<"$fonts" || missing+=(fonts-noto-core)
    grep -qi "Noto Color Emoji" <<<"$fonts" || missing+=(fonts-noto-color-emoji)
else  # no fontconfig yet: then none of the fonts is there either
    missing+=(fontconfig fonts-noto-cjk fonts-noto-core fonts-noto-color-emoji)
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
