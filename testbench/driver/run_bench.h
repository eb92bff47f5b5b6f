// Body of a generated test main: parses the options, loads the golden vectors and the
// as-programmed cells, and runs the inference or program-mode check on cim_top.

#ifndef CIMC_TESTBENCH_DRIVER_RUN_BENCH_H_
#define CIMC_TESTBENCH_DRIVER_RUN_BENCH_H_

#include <cstdio>
#include <string>
#include <vector>

#include "cim_bench.h"
#include "design_params.h"
#include "vector_files.h"

namespace cimtb {

// Exit codes: 0 every check passed, 1 a mismatch or timeout, 2 bad options or input files.
template <class Top>
int RunCimBench(int argc, char** argv) {
  DesignParams params = MakeDesignParams();
  BenchOptions options;
  std::string problem = ParseBenchOptions(argc, argv, &options);
  if (!problem.empty() || options.help) {
    std::fprintf(stderr, "%s%s", problem.empty() ? "" : (problem + "\n").c_str(), BenchUsage());
    return problem.empty() ? 0 : 2;
  }
  const std::string dir = options.vectors_dir.empty() ? params.vectors_dir : options.vectors_dir;
  CimBench<Top> bench(params.design, params.registers, params.address, options, argc, argv);
  problem = LoadCells(params.design, dir, &bench.crossbar());
  if (!problem.empty()) {
    std::fprintf(stderr, "error: %s\n", problem.c_str());
    return 2;
  }
  try {
    if (options.program) {
      std::vector<CellTrace> traces;
      problem = ReadCellTraces(dir, params.amp_bits, &traces);
      if (!problem.empty()) {
        std::fprintf(stderr, "error: %s\n", problem.c_str());
        return 2;
      }
      return bench.RunProgram(traces, params.pulses);
    }
    std::vector<ImageVectors> images;
    problem = ReadImageVectors(dir, params.design, options.images, &images);
    if (!problem.empty()) {
      std::fprintf(stderr, "error: %s\n", problem.c_str());
      return 2;
    }
    std::vector<size_t> order;
    for (size_t i = 0; i < images.size(); ++i) {
      if (options.order == ImageOrder::kReverse) {
        order.push_back(images.size() - 1 - i);
      } else {
        order.push_back(i);
        if (options.order == ImageOrder::kRepeat) order.push_back(i);
      }
    }
    return bench.RunInference(images, order);
  } catch (const SimTimeout& timeout) {
    std::printf("TIMEOUT %s\n", timeout.what());
    std::printf("0 passed, 1 failed\n");
    return 1;
  }
}

}  // namespace cimtb

#endif  // CIMC_TESTBENCH_DRIVER_RUN_BENCH_H_
