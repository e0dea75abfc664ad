#!/usr/bin/env bash
# Debian packages the test suite needs: Chromium for the web page's browser tests, and
# OpenStack Swift (S3-compatible storage) plus memcached for the scaled-mode tests.
# Idempotent: installs only what is missing. Needs root or sudo.
set -euo pipefail
PACKAGES=(chromium swift-proxy swift-object swift-container swift-account memcached)
missing=()
for package in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [ "${#missing[@]}" -eq 0 ]; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "installed: ${missing[*]}"
