#!/usr/bin/env bash
# Install the Debian packages scripts/swift/server.py runs (OpenStack Swift with s3api, memcached).
# Idempotent: does nothing when they are already installed. Needs root or sudo.
# The packages enable systemd units; server.py never uses them (it runs its own processes on
# free loopback ports), and on CI machines without systemd nothing starts at install time.
set -euo pipefail
PACKAGES=(swift-proxy swift-object swift-container swift-account memcached)
missing=()
for package in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [ "${#missing[@]}" -eq 0 ]; then
    echo "swift: already installed"
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${missing[@]}"
echo "swift: installed ${missing[*]}"
