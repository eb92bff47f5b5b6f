// Command-line options of a generated cim_top test binary.

#ifndef CIMC_TESTBENCH_DRIVER_BENCH_OPTIONS_H_
#define CIMC_TESTBENCH_DRIVER_BENCH_OPTIONS_H_

#include <cstdint>
#include <string>

#include "sim_harness.h"

namespace cimtb {

enum class ImageOrder { kForward, kReverse, kRepeat };

struct BenchOptions {
  HarnessOptions harness;
  std::string vectors_dir;   // golden vector folder; empty: <design>/vectors
  bool program = false;      // check write-verify programming instead of inference
  int images = 0;            // 0: every image in the vector files
  ImageOrder order = ImageOrder::kForward;
  uint64_t timeout_cycles = 200000;  // per image or per program batch
  bool help = false;
};

// Parses --vectors DIR, --program, --images N, --order forward|reverse|repeat,
// --timeout CYCLES, --trace FILE, --verbose and --quiet; "+..." arguments are left for
// Verilator. Returns "" or a one-line problem.
std::string ParseBenchOptions(int argc, char** argv, BenchOptions* options);

const char* BenchUsage();

}  // namespace cimtb

#endif  // CIMC_TESTBENCH_DRIVER_BENCH_OPTIONS_H_
