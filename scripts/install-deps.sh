#!/usr/bin/env bash
# Installs the Debian bookworm packages the project needs, if any is missing.
# Usage: scripts/install-deps.sh [--test]   (--test adds what the tests need)
set -euo pipefail

packages=(g++ cmake make pkg-config libxapian-dev xapian-tools libicu-dev
  libboost-program-options-dev nlohmann-json3-dev libcpp-httplib-dev libgumbo-dev libzstd-dev)
if [[ "${1:-}" == "--test" ]]; then
  # Catch2 and clang-format for the suite; chromium for the browser test;
  # xapian-tools (above) gives xapian-tcpsrv for the remote shard test.
  packages+=(catch2 clang-format chromium)
  if ! command -v node >/dev/null 2>&1; then
    packages+=(nodejs npm)
  fi
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi
echo "installing: ${missing[*]}"
sudo=""
if [[ $(id -u) -ne 0 ]]; then
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
