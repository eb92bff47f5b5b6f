// Register offsets and field layouts of cim_top that the driver needs besides the design's
// geometry. The generated design_params.cc fills them in from the RTL's register map.

#ifndef CIMC_TESTBENCH_DRIVER_BENCH_CONFIG_H_
#define CIMC_TESTBENCH_DRIVER_BENCH_CONFIG_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace cimtb {

// Byte offsets on the APB bus, the bits the driver uses and the field positions of JOB_ADDR
// and JOB_WINDOW. The pulse configuration is written as ready-made register values.
struct RegisterMap {
  uint32_t ctrl = 0x000;
  uint32_t status = 0x004;
  uint32_t irq_status = 0x008;
  uint32_t irq_enable = 0x00c;
  uint32_t input_addr = 0x010;
  uint32_t input_data = 0x014;
  uint32_t result = 0x018;
  uint32_t job_addr = 0x01c;
  uint32_t job_window = 0x020;
  uint32_t job_push = 0x024;
  uint32_t prog_pulses = 0x030;
  uint32_t prog_fails = 0x034;

  uint32_t ctrl_start_infer = 1u << 0;
  uint32_t ctrl_start_prog = 1u << 1;
  uint32_t ctrl_clear = 1u << 2;
  uint32_t status_busy = 1u << 0;
  uint32_t status_done = 1u << 1;
  uint32_t irq_infer = 1u << 0;
  uint32_t irq_prog = 1u << 1;
  int job_col_lsb = 0;
  int job_row_lsb = 8;
  int job_array_lsb = 16;
  int job_window_hi_lsb = 8;  // JOB_WINDOW: lo from bit 0, hi from this bit
  int job_fifo_depth = 4;
  int result_class_bits = 4;  // RESULT: class in the low bits; higher bits are flags
  // (offset, value) writes that load the write-verify pulse settings before programming.
  std::vector<std::pair<uint32_t, uint32_t>> pulse_setup;
};

// Packing of (array, row, col) on prog_addr_o: col in the low bits, then row, then array.
struct AddressLayout {
  int col_bits = 6;
  int row_bits = 6;
  int array_bits = 7;
};

// Write-verify settings the pulse checks need.
struct PulseSettings {
  int width = 4;  // cycles a pulse stays high
};

}  // namespace cimtb

#endif  // CIMC_TESTBENCH_DRIVER_BENCH_CONFIG_H_
