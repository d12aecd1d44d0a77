#!/usr/bin/env bash
# Reruns every measurement quoted in docs/VALIDATION.md and writes it into the page's marked sections: the
# backtests with cut-offs 2016-12 and 2019-12 (fitted, and with the priors alone) and the history table of the
# baseline. Run it after the model, its parameters or the evidence change. Results do not depend on the number
# of cores; the time does (about four minutes on 2 cores). The full outputs (CSV, charts, HTML) also go to
# out/backtest-baseline-<cutoff>[-no-fit]/ and out/history-baseline/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

doc=docs/VALIDATION.md
runs=200        # ensemble size of every backtest and of the history table
budget=150000   # simulations each backtest's fit may run
population=1000 # parameter sets the fit keeps per generation (500 degenerates to a handful in 25 dimensions)
seed=1          # master seed of the fits and the runs

for cutoff in 2016-12 2019-12; do
  echo "backtest, cut-off $cutoff ..." >&2
  ./hermit backtest baseline --cutoff "$cutoff" --runs "$runs" --budget "$budget" --population "$population" --seed "$seed" \
    --out "out/backtest-baseline-$cutoff" --markdown "$doc"
  echo "backtest without the fit, cut-off $cutoff ..." >&2
  ./hermit backtest baseline --cutoff "$cutoff" --runs "$runs" --seed "$seed" --no-fit \
    --out "out/backtest-baseline-$cutoff-no-fit" --markdown "$doc"
done
echo "history table ..." >&2
./hermit validate-history baseline --runs "$runs" --seed "$seed" --out out/history-baseline --markdown "$doc"
echo "updated $doc" >&2
