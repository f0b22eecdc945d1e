#!/bin/bash
# Score extraction on the PolNeAR attribution benchmark kept in ../shared/eval/polnear
# (source, cue and content spans; see its README). Tune on train and dev only: the test
# split is scored on review, so this script refuses it.
#   usage: scripts/eval-polnear.sh [PATH/TO/dossier] [dev|train] [--json]
# Without a binary, builds the release `dossier` first. Prints the scorer's table.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bench="$root/../shared/eval/polnear"
bin=${1:-}
split=${2:-dev}
case $split in
    dev|train) ;;
    *) echo "eval-polnear: split must be dev or train (test is scored on review only)" >&2; exit 2 ;;
esac
if [ ! -f "$bench/score.py" ]; then
    echo "eval-polnear: no benchmark at $bench; nothing to score" >&2
    exit 0
fi
if [ -z "$bin" ]; then
    (cd "$root" && swift build -c release --product dossier)
    bin="$root/.build/release/dossier"
fi
exec bash "$bench/run_dossier.sh" "$bin" "$split" "${@:3}"
