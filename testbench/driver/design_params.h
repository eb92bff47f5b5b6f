// The design values a test binary is built with. A generated design_params.cc
// defines MakeDesignParams() with the values of the design's hardware specification.

#ifndef CIMC_TESTBENCH_DRIVER_DESIGN_PARAMS_H_
#define CIMC_TESTBENCH_DRIVER_DESIGN_PARAMS_H_

#include <string>

#include "bench_config.h"
#include "design_config.h"

namespace cimtb {

struct DesignParams {
  DesignConfig design;
  RegisterMap registers;
  AddressLayout address;
  PulseSettings pulses;
  int amp_bits = 6;
  std::string vectors_dir;  // default golden vector folder
};

DesignParams MakeDesignParams();

}  // namespace cimtb

#endif  // CIMC_TESTBENCH_DRIVER_DESIGN_PARAMS_H_
