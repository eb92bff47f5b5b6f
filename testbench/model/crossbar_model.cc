#include "crossbar_model.h"

#include <cstdio>
#include <fstream>
#include <sstream>

namespace cimtb {

namespace {

int64_t FloorDiv(int64_t a, int64_t b) {
  int64_t q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

}  // namespace

std::string ReadHexFile(const std::string& path, size_t expected, std::vector<int>* out) {
  std::ifstream in(path);
  if (!in) return "cannot read " + path;
  out->clear();
  std::string line;
  int line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    size_t comment = line.find("//");
    if (comment != std::string::npos) line.erase(comment);
    std::istringstream words(line);
    std::string word;
    while (words >> word) {
      if (word[0] == '@') return path + ":" + std::to_string(line_number) +
                                 ": address records are not supported";
      size_t used = 0;
      int value = 0;
      try {
        value = std::stoi(word, &used, 16);
      } catch (const std::exception&) {
        used = 0;
      }
      if (used != word.size()) {
        return path + ":" + std::to_string(line_number) + ": invalid hex value '" + word + "'";
      }
      out->push_back(value);
    }
  }
  if (out->size() != expected) {
    return path + ": expected " + std::to_string(expected) + " values, found " +
           std::to_string(out->size());
  }
  return "";
}

CrossbarModel::CrossbarModel(const DesignConfig& config)
    : config_(config), sampled_(config.adcs, 0) {}

std::string CrossbarModel::Load() {
  const int arrays = config_.ArrayCount();
  const size_t cells = static_cast<size_t>(config_.rows) * config_.cols;
  cells_.assign(arrays, {});
  for (int a = 0; a < arrays; ++a) {
    char name[64];
    std::snprintf(name, sizeof(name), "/maps/array_%03d_cond.hex", a);
    std::string problem = ReadHexFile(config_.design_dir + name, cells, &cells_[a]);
    if (!problem.empty()) return problem;
    for (int code : cells_[a]) {
      if (code < 0 || code > config_.max_code) {
        return config_.design_dir + name + ": conductance code " + std::to_string(code) +
               " is outside 0.." + std::to_string(config_.max_code);
      }
    }
  }
  return "";
}

void CrossbarModel::Sample(int array, const std::vector<uint8_t>& driven, int group) {
  const std::vector<int>& cells = cells_[array];
  for (int n = 0; n < config_.adcs; ++n) {
    const int col = 2 * (group * config_.adcs + n);
    int64_t sum = 0;
    for (int r = 0; r < config_.rows; ++r) {
      if (!driven[r]) continue;
      const int base = r * config_.cols + col;
      sum += cells[base] - cells[base + 1];
    }
    sampled_[n] = sum;
  }
}

bool CrossbarModel::Compare(int adc, uint64_t dac, int step) const {
  const int64_t half = int64_t{1} << (config_.adc_bits - 1);
  const int64_t dac_signed = static_cast<int64_t>(dac) - half;
  return 2 * sampled_[adc] >= (2 * dac_signed - 1) * step;
}

int CrossbarModel::ConvertSar(int64_t d, int step, int adc_bits) {
  const int64_t half = int64_t{1} << (adc_bits - 1);
  uint64_t code = 0;
  for (int bit = adc_bits - 1; bit >= 0; --bit) {
    uint64_t trial = code | (uint64_t{1} << bit);
    if (2 * d >= (2 * (static_cast<int64_t>(trial) - half) - 1) * step) code = trial;
  }
  return static_cast<int>(static_cast<int64_t>(code) - half);
}

int CrossbarModel::ConvertFormula(int64_t d, int step, int adc_bits) {
  const int64_t half = int64_t{1} << (adc_bits - 1);
  int64_t k = FloorDiv(2 * d + step, 2 * int64_t{step});
  if (k < -half) k = -half;
  if (k > half - 1) k = half - 1;
  return static_cast<int>(k);
}

}  // namespace cimtb
