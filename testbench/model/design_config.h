// Geometry and integer parameters of one compiled design, as the testbench needs them: the
// crossbar tiling of every layer and the ADC settings. A generated test main fills this in from
// the design's hardware specification.

#ifndef CIMC_TESTBENCH_MODEL_DESIGN_CONFIG_H_
#define CIMC_TESTBENCH_MODEL_DESIGN_CONFIG_H_

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace cimtb {

// One weight layer: `inputs` rows spread over row tiles, `outputs` differential pairs spread
// over column tiles; arrays are numbered first_array + ct * row_tiles + rt.
struct LayerConfig {
  int inputs = 0;
  int outputs = 0;
  int first_array = 0;
  int input_bits = 1;  // bit planes per input, LSB first
  int adc_step = 1;    // ADC step s_l in conductance-code units, at least 1
};

struct DesignConfig {
  int rows = 48;       // R, wordlines per array
  int cols = 48;       // C, bitlines per array (even)
  int adcs = 8;        // N_adc converters per array, each on one column pair
  int adc_bits = 6;    // B; codes k run from -2^(B-1) to 2^(B-1) - 1
  int max_code = 56;   // largest conductance code of a cell
  int act_width = 32;  // width of obs_act_value_o in bits (signed)
  std::string design_dir;
  std::vector<LayerConfig> layers;

  int pairs() const { return cols / 2; }
  int groups() const { return pairs() / adcs; }
  int RowTiles(int l) const { return (layers[l].inputs + rows - 1) / rows; }
  int ColTiles(int l) const { return (layers[l].outputs + pairs() - 1) / pairs(); }
  int RowsUsed(int l, int rt) const { return std::min(rows, layers[l].inputs - rt * rows); }
  int PairsUsed(int l, int ct) const { return std::min(pairs(), layers[l].outputs - ct * pairs()); }
  int GroupsUsed(int l, int ct) const { return (PairsUsed(l, ct) + adcs - 1) / adcs; }
  int Array(int l, int rt, int ct) const { return layers[l].first_array + ct * RowTiles(l) + rt; }

  int ArrayCount() const {
    const int last = static_cast<int>(layers.size()) - 1;
    return layers[last].first_array + RowTiles(last) * ColTiles(last);
  }

  // Layer that owns a physical array, or -1 when the index is past the last array.
  int LayerOfArray(int array) const {
    for (int l = static_cast<int>(layers.size()) - 1; l >= 0; --l) {
      if (array >= layers[l].first_array) {
        return array < layers[l].first_array + RowTiles(l) * ColTiles(l) ? l : -1;
      }
    }
    return -1;
  }
};

}  // namespace cimtb

#endif  // CIMC_TESTBENCH_MODEL_DESIGN_CONFIG_H_
