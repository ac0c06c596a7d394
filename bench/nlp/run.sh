#!/usr/bin/env bash
# NLP pipeline throughput on the bundled sample corpus with the shipped models (see Program.cs).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$here/../..
out=$here/../out/nlp; mkdir -p "$out"
dotnet build -c Release "$here/Nlp.Bench.csproj" -o "$out/bin" >/dev/null
dotnet "$out/bin/Nlp.Bench.dll" "$root/data/models" "$root/data/samples" "${SECONDS_PER_RUN:-5}"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), .NET $(dotnet --version)"
