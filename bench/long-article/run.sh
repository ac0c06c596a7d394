#!/usr/bin/env bash
# One long article, coded end to end: how `faultline code` time grows with an article's length.
# The article is the sample pages' paragraphs repeated 4, 16 and 64 times (about 0.3, 1.2 and 4.8 MB of HTML);
# a rate (MB/s) that holds as the article grows means the time grows with the length, not faster.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$here/../..
out=$here/../out/long-article; mkdir -p "$out"
dotnet build -c Release "$root/src/Faultline.Cli" -p:SkipDashboard=true -o "$out/cli" >/dev/null
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cat "$root"/data/samples/html/*.html | grep -o '<p[ >].*</p>' > "$work/paragraphs"
for copies in ${COPIES:-4 16 64}; do
  dir="$work/x$copies"; mkdir -p "$dir"
  {
    echo '<html><head><title>A long page</title><meta property="article:published_time" content="2026-01-15"></head><body><article><h1>A long page</h1>'
    for _ in $(seq 1 "$copies"); do cat "$work/paragraphs"; done
    echo '</article></body></html>'
  } > "$dir/long.html"
  bytes=$(stat -c %s "$dir/long.html")
  /usr/bin/time -f "%e %M" -o "$work/time" dotnet "$out/cli/faultline.dll" code "$dir" --no-fetch > "$work/out.jsonl"
  read -r secs kb < "$work/time"
  events=$(grep -o '"cameo":' "$work/out.jsonl" | wc -l)
  awk -v c="$copies" -v b="$bytes" -v s="$secs" -v e="$events" -v m="$kb" 'BEGIN {
    printf "%3d copies: %.2f MB of HTML, %d events in %.1f s (with start and model load): %.3f MB/s; peak memory %d MB\n", c, b / 1e6, e, s, b / 1e6 / s, m / 1024 }'
done
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), .NET $(dotnet --version)"
