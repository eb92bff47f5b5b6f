// Cross-check of the C++ crossbar model against the golden vectors, without RTL. It recomputes
// every ADC code of every vector image with a bit-by-bit SAR conversion, from the as-programmed
// cells and the input bits (layer 0) or the golden activations (later layers), and compares it
// with adc_codes.hex. It also checks the SAR rule against the closed-form conversion for every D a
// layer can produce. Prints one line per mismatch and "N passed, N failed" per image.

#include <cstdio>
#include <string>
#include <vector>

#include "crossbar_model.h"
#include "design_params.h"
#include "inference_checker.h"
#include "vector_files.h"

namespace cimtb {
namespace {

// Every D in [-rowsUsed * maxCode, rowsUsed * maxCode] must convert the same both ways.
int CheckSarAgainstFormula(const DesignConfig& design) {
  int mismatches = 0;
  for (size_t l = 0; l < design.layers.size(); ++l) {
    const int step = design.layers[l].adc_step;
    const int64_t range = static_cast<int64_t>(design.rows) * design.max_code;
    for (int64_t d = -range; d <= range; ++d) {
      const int sar = CrossbarModel::ConvertSar(d, step, design.adc_bits);
      const int formula = CrossbarModel::ConvertFormula(d, step, design.adc_bits);
      if (sar != formula && ++mismatches <= 20) {
        std::printf("MISMATCH layer %zu step %d D %lld: SAR %d, formula %d\n", l, step,
                    static_cast<long long>(d), sar, formula);
      }
    }
  }
  return mismatches;
}

int CheckImage(const DesignConfig& design, const ImageVectors& image, CrossbarModel* crossbar,
               InferenceChecker* checker) {
  checker->Begin(image);
  std::vector<uint8_t> driven(design.rows, 0);
  std::vector<int> codes(design.adcs, 0);
  for (size_t b = 0; b < checker->BeatsPerImage(); ++b) {
    const BeatLocation& at = checker->Locate(b);
    const int used = design.RowsUsed(at.layer, at.row_tile);
    for (int r = 0; r < design.rows; ++r) {
      const int input = at.row_tile * design.rows + r;
      int bit = 0;
      if (r < used) {
        bit = at.layer == 0 ? image.input_bits[input]
                            : static_cast<int>((image.outputs[at.layer - 1][input] >> at.plane) & 1);
      }
      driven[r] = static_cast<uint8_t>(bit);
    }
    const int array = design.Array(at.layer, at.row_tile, at.col_tile);
    crossbar->Sample(array, driven, at.group);
    for (int n = 0; n < design.adcs; ++n) {
      codes[n] = CrossbarModel::ConvertSar(crossbar->sampled()[n],
                                           design.layers[at.layer].adc_step, design.adc_bits);
    }
    checker->OnAdcBeat(codes);
  }
  return checker->image_mismatches();
}

}  // namespace
}  // namespace cimtb

int main(int argc, char** argv) {
  using namespace cimtb;
  DesignParams params = MakeDesignParams();
  const std::string dir = argc > 1 ? argv[1] : params.vectors_dir;
  CrossbarModel crossbar(params.design);
  std::string problem = LoadCells(params.design, dir, &crossbar);
  std::vector<ImageVectors> images;
  if (problem.empty()) problem = ReadImageVectors(dir, params.design, 0, &images);
  if (!problem.empty()) {
    std::fprintf(stderr, "error: %s\n", problem.c_str());
    return 2;
  }
  const int rule_mismatches = CheckSarAgainstFormula(params.design);
  InferenceChecker checker(params.design);
  int passed = 0;
  int failed = 0;
  for (const ImageVectors& image : images) {
    (CheckImage(params.design, image, &crossbar, &checker) == 0 ? passed : failed) += 1;
  }
  std::printf("%d SAR/formula mismatches\n", rule_mismatches);
  std::printf("%d passed, %d failed\n", passed, failed);
  return failed == 0 && rule_mismatches == 0 ? 0 : 1;
}
