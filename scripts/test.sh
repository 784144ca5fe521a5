#!/usr/bin/env bash
# The whole test suite from nothing: install what is missing, check
# formatting, build with warnings as errors, run every test through ctest,
# run the search page in headless chromium, then build and run the tests
# again under AddressSanitizer + UBSan.
# Set NEWS_SKIP_SANITIZE=1 to skip the sanitizer pass (it doubles the time).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --test
jobs=$(nproc)

echo "== format check"
scripts/check-format.sh

echo "== build (Release, -Werror) and test"
cmake -S . -B build-test -DCMAKE_BUILD_TYPE=Release -DNEWS_WERROR=ON >/dev/null
cmake --build build-test -j "$jobs"
(cd build-test && ctest --output-on-failure -j "$jobs")

echo "== browser test (headless chromium via playwright-core)"
(cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
NEWS_REQUIRE_BROWSER=1 node tests/browser/search_page_test.mjs --build build-test \
  --artifacts test-artifacts

if [[ "${NEWS_SKIP_SANITIZE:-0}" != "1" ]]; then
  echo "== build (ASan + UBSan) and test"
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DNEWS_SANITIZE=ON -DNEWS_WERROR=ON >/dev/null
  cmake --build build-asan -j "$jobs"
  (cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --output-on-failure -j "$jobs")
fi
