// Register offsets and field layouts of cim_top that the driver needs besides the design's
// geometry; a generated test main fills them in from the register description.

#ifndef CIMC_TESTBENCH_DRIVER_BENCH_CONFIG_H_
#define CIMC_TESTBENCH_DRIVER_BENCH_CONFIG_H_

#include <cstdint>
#include <string>

namespace cimtb {

// Byte offsets on the APB bus and the bits the driver uses.
struct RegisterMap {
  uint32_t ctrl = 0x000;
  uint32_t status = 0x004;
  uint32_t irq_status = 0x008;
  uint32_t irq_enable = 0x00c;
  uint32_t input_addr = 0x010;
  uint32_t input_data = 0x014;
  uint32_t result = 0x018;
  uint32_t job_addr = 0x020;
  uint32_t job_window = 0x024;
  uint32_t job_push = 0x028;
  uint32_t pulse_set_start = 0x030;
  uint32_t pulse_reset_start = 0x034;
  uint32_t pulse_amp_step = 0x038;
  uint32_t pulse_amp_max = 0x03c;
  uint32_t pulse_width = 0x040;
  uint32_t pulse_budget = 0x044;
  uint32_t prog_pulses = 0x048;
  uint32_t prog_fails = 0x04c;

  uint32_t ctrl_start_infer = 1u << 0;
  uint32_t ctrl_start_prog = 1u << 1;
  uint32_t ctrl_clear = 1u << 2;
  uint32_t status_busy = 1u << 0;
  uint32_t status_done = 1u << 1;
  uint32_t irq_infer = 1u << 0;
  uint32_t irq_prog = 1u << 1;
  int job_window_hi_lsb = 16;  // JOB_WINDOW: lo in [hi_lsb-1:0], hi above
  int job_fifo_depth = 16;
};

// Packing of (array, row, col) in JOB_ADDR and prog_addr_o: col in the low bits, then row, then
// array.
struct AddressLayout {
  int col_bits = 6;
  int row_bits = 6;
  int array_bits = 7;

  uint64_t Pack(int array, int row, int col) const {
    return (static_cast<uint64_t>(array) << (row_bits + col_bits)) |
           (static_cast<uint64_t>(row) << col_bits) | static_cast<uint64_t>(col);
  }
};

// Write-verify settings loaded into the PULSE_CFG registers.
struct PulseSettings {
  int set_start = 8;
  int reset_start = 8;
  int amp_step = 4;
  int amp_max = 63;
  int width = 4;
  int budget = 20;
};

}  // namespace cimtb

#endif  // CIMC_TESTBENCH_DRIVER_BENCH_CONFIG_H_
