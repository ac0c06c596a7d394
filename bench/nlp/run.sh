#!/usr/bin/env bash
# NLP pipeline throughput on the bundled sample corpus with the shipped models (see Program.cs).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$here/../..
out=$here/../out/nlp; mkdir -p "$out"
dotnet build -c Release "$here/Nlp.Bench.csproj" -o "$out/bin" >/dev/null
dotnet "$out/bin/Nlp.Bench.dll" "$root/data/models" "$root/data/samples" "${SECONDS_PER_RUN:-5}"
# the same with the more accurate tagger that also reads right to left (`--tagger pos-bidirectional.model`)
echo "-- with the bidirectional tagger:"
dotnet "$out/bin/Nlp.Bench.dll" "$root/data/models" "$root/data/samples" "${SECONDS_PER_RUN:-5}" pos-bidirectional.model
# and with both accurate models: that tagger and the beam parser (`--parser parser-beam.model`)
echo "-- with the bidirectional tagger and the beam parser:"
dotnet "$out/bin/Nlp.Bench.dll" "$root/data/models" "$root/data/samples" "${SECONDS_PER_RUN:-5}" pos-bidirectional.model parser-beam.model
# and with that tagger and the parser vote (`--parser parser-vote.model`: the beam and greedy parsers on two taggers' tags)
echo "-- with the bidirectional tagger and the parser vote:"
dotnet "$out/bin/Nlp.Bench.dll" "$root/data/models" "$root/data/samples" "${SECONDS_PER_RUN:-5}" pos-bidirectional.model parser-vote.model

# The `faultline code` verb itself, end to end (read files, extract, code, print JSON Lines on all
# cores), on 1 and on 10 copies of the sample corpus: the difference is the steady rate without
# the process start and model load; peak memory from /usr/bin/time.
dotnet build -c Release "$root/src/Faultline.Cli" -p:SkipDashboard=true -o "$out/cli" >/dev/null
copies=$(mktemp -d); trap 'rm -rf "$copies"' EXIT
run_code() {
  local n=$1 dir="$copies/x$1"
  for i in $(seq 1 "$n"); do mkdir -p "$dir/$i"; cp -r "$root"/data/samples/{html,scraped,feeds,archive} "$dir/$i/"; done
  /usr/bin/time -f "%e %M" -o "$copies/time$n" dotnet "$out/cli/faultline.dll" code "$dir" --no-fetch > "$copies/out$n.jsonl"
  read -r secs kb < "$copies/time$n"
  echo "$(wc -l < "$copies/out$n.jsonl") $secs $kb"
}
read -r a1 s1 m1 < <(run_code 1)
read -r a10 s10 m10 < <(run_code 10)
awk -v a1="$a1" -v s1="$s1" -v a10="$a10" -v s10="$s10" -v m="$m10" 'BEGIN {
  printf "faultline code (CLI, %d cores): %d articles in %.2f s wall (with start and model load); %d articles in %.2f s; steady rate %.1f articles/s; peak memory %d MB\n", '"$(nproc)"', a1, s1, a10, s10, (a10 - a1) / (s10 - s1), m / 1024 }'
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), .NET $(dotnet --version)"
