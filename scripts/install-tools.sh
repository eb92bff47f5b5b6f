#!/usr/bin/env bash
# Installs the open-source EDA tools that cimc drives, from Debian's packages: Verilator (lint
# and RTL simulation), Yosys (synthesis), Icarus Verilog (second simulator) and nextpnr-ice40
# with the IceStorm chip database (iCE40 place and route). Does nothing when all are present.
# Without root it prints the command to run instead.
set -euo pipefail
missing=()
command -v verilator >/dev/null || missing+=(verilator)
command -v yosys >/dev/null || missing+=(yosys)
command -v iverilog >/dev/null || missing+=(iverilog)
command -v nextpnr-ice40 >/dev/null || missing+=(nextpnr-ice40)
command -v icepack >/dev/null || missing+=(fpga-icestorm)
command -v g++ >/dev/null || missing+=(g++)
command -v make >/dev/null || missing+=(make)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "cimc: missing tools: ${missing[*]}" >&2
  echo "cimc: install them with: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "cimc: installing ${missing[*]} with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q "${missing[@]}"
