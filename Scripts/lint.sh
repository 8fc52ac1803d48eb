#!/usr/bin/env bash
# Formatting: fails on any `swift format` violation (.swift-format holds the rules). `--fix` rewrites
# the files in place first.
set -euo pipefail
cd "$(dirname "$0")/.."
paths=(Sources Tests Benchmarks Package.swift)
if [ "${1:-}" = "--fix" ]; then
  swift format format --in-place --recursive --parallel "${paths[@]}"
fi
swift format lint --strict --recursive --parallel "${paths[@]}"
