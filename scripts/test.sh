#!/usr/bin/env bash
# Runs the whole test suite: installs the EDA tools the tests drive (Verilator, Yosys, Icarus
# Verilog, nextpnr-ice40) when they are missing, then runs Maven's tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-tools.sh
exec mvn -B test "$@"
