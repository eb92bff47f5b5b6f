// Behavioural model of the analog side of the crossbars: as-programmed conductance codes per
// cell, the differential bitline sum D of a sampled column group, and the SAR comparators.

#ifndef CIMC_TESTBENCH_MODEL_CROSSBAR_MODEL_H_
#define CIMC_TESTBENCH_MODEL_CROSSBAR_MODEL_H_

#include <cstdint>
#include <string>
#include <vector>

#include "design_config.h"

namespace cimtb {

class CrossbarModel {
 public:
  explicit CrossbarModel(const DesignConfig& config);

  // Reads maps/array_NNN_cond.hex (R * C hex codes, row-major, one per line) of every array
  // under config.design_dir. Returns an empty string on success, else the first problem.
  std::string Load();

  // Sets every cell from memory instead of files; cells[array][row * cols + col].
  void SetCells(std::vector<std::vector<int>> cells) { cells_ = std::move(cells); }

  int Cell(int array, int row, int col) const { return cells_[array][row * config_.cols + col]; }

  // Samples D for every ADC of column group `group`: D[n] is the sum over driven rows r of
  // cell[r][2j] - cell[r][2j + 1] with j = group * adcs + n.
  void Sample(int array, const std::vector<uint8_t>& driven, int group);

  const std::vector<int64_t>& sampled() const { return sampled_; }

  // Comparator of ADC n for trial code `dac` (offset binary) at step `step`:
  // 2 * D >= (2 * (dac - H) - 1) * step, with H = 2^(B-1).
  bool Compare(int adc, uint64_t dac, int step) const;

  // Successive approximation from the MSB with Compare's rule; returns k = u - H.
  static int ConvertSar(int64_t d, int step, int adc_bits);

  // Closed form of the same conversion: clamp(floor((2D + s) / (2s)), -H, H - 1).
  static int ConvertFormula(int64_t d, int step, int adc_bits);

 private:
  const DesignConfig& config_;
  std::vector<std::vector<int>> cells_;
  std::vector<int64_t> sampled_;
};

// Reads a $readmemh file of `expected` entries into `out`; returns "" or the problem.
std::string ReadHexFile(const std::string& path, size_t expected, std::vector<int>* out);

}  // namespace cimtb

#endif  // CIMC_TESTBENCH_MODEL_CROSSBAR_MODEL_H_
