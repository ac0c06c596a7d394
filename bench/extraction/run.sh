#!/usr/bin/env bash
# Scores `faultline`'s HTML extractor and SmartReader (NuGet) on the same 181 pages, in the same run:
# token F1/precision/recall (the benchmark's score.py), warm single-thread pages/s of both measured
# interleaved in one process, and each one's peak memory in a process of its own.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bench=${BENCH_DIR:-$here/../../../shared/benchmarks/article-extraction}
out=$here/../out/extraction; mkdir -p "$out"
dotnet build -c Release "$here/Extraction.Bench.csproj" -o "$out/bin" >/dev/null
for x in faultline smartreader; do
  dotnet "$out/bin/Extraction.Bench.dll" extract "$x" "$bench" "$out/$x.json"
done
python3 "$bench/score.py" "$out/faultline.json" "$out/smartreader.json" --n-bootstrap 200 --per-doc "$out/per_doc.tsv"
dotnet "$out/bin/Extraction.Bench.dll" speed "$bench"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), .NET $(dotnet --version)"
