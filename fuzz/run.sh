#!/usr/bin/env bash
# Fuzz each reader for a bounded time (default 600 s each), seeded from the test corpus.
# Crashes are written to fuzz/findings/<target>/; turn each into a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
shift || true
targets="${*:-eml html jinja charset include}"
for target in $targets; do
  seeds="fuzz/corpus/$target"; mkdir -p "$seeds" "fuzz/findings/$target"
  case "$target" in
    eml) cp tests/corpus/*/*.eml "$seeds"/ ;;
    html) cp tests/corpus/*/*.html "$seeds"/ ;;
    jinja) cp tests/corpus/*/*.j2 "$seeds"/ ;;
    charset) cp tests/corpus/*/*.eml "$seeds"/ ;;
    include) cp tests/corpus/*/*.j2 "$seeds"/ ;;
  esac
  python fuzz/fuzz_readers.py "$target" -max_total_time="$seconds" -rss_limit_mb=2048 \
    -timeout=20 -artifact_prefix="fuzz/findings/$target/" "$seeds" 2>&1 | tail -5
done
