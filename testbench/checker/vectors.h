// Expected results of the golden model that the checker compares the RTL against.

#ifndef CIMC_TESTBENCH_CHECKER_VECTORS_H_
#define CIMC_TESTBENCH_CHECKER_VECTORS_H_

#include <cstdint>
#include <string>
#include <vector>

namespace cimtb {

// One inference: layer-0 input bits, every group conversion's ADC codes in conversion order,
// every layer's outputs (activation codes of hidden layers, logits of the last) and the class.
struct ImageVectors {
  int image = 0;                              // index in the test set
  std::vector<uint8_t> input_bits;            // one 0/1 entry per layer-0 input
  std::vector<std::vector<int>> adc_beats;    // each holds N_adc signed codes
  std::vector<std::vector<int64_t>> outputs;  // outputs[l][o]
  int predicted = 0;
};

enum class Polarity { kSet = 0, kReset = 1 };

struct Pulse {
  Polarity polarity = Polarity::kSet;
  int amplitude = 0;
};

// One cell's write-verify job and its pulse-response table: read k is the conductance code the
// sense path returns after k pulses.
struct CellTrace {
  int array = 0;
  int row = 0;
  int col = 0;
  int lo = 0;  // verify window, conductance codes, inclusive
  int hi = 0;
  std::vector<int> reads;
  std::vector<Pulse> pulses;  // pulses.size() + 1 == reads.size()
  bool pass = false;
  int final_code = 0;  // last read
};

}  // namespace cimtb

#endif  // CIMC_TESTBENCH_CHECKER_VECTORS_H_
