// Compares the observation beats of one inference with the golden vectors of its image: every
// ADC beat, every layer output and the class. Mismatches are counted, not fatal; each prints one
// line with the image, layer, tile, column, the value read and the value expected.

#ifndef CIMC_TESTBENCH_CHECKER_INFERENCE_CHECKER_H_
#define CIMC_TESTBENCH_CHECKER_INFERENCE_CHECKER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "design_config.h"
#include "vectors.h"

namespace cimtb {

// Position of a group conversion in the loop nest of an inference.
struct BeatLocation {
  int layer = 0;
  int col_tile = 0;
  int row_tile = 0;
  int plane = 0;
  int group = 0;
};

class InferenceChecker {
 public:
  explicit InferenceChecker(const DesignConfig& config);

  // Starts a new image; beats that arrive before the next Begin are compared with `expected`.
  void Begin(const ImageVectors& expected);

  // Checks a sample strobe against the next expected conversion: the array, the column group and
  // the driven wordlines, which must be bit `plane` of the layer's inputs.
  void OnSample(int array, int group, const std::vector<uint8_t>& driven);
  void OnAdcBeat(const std::vector<int>& codes);
  void OnOutput(int layer, int index, int64_t value);
  void OnClass(int predicted);
  // Register read of RESULT after done.
  void OnResult(int predicted);

  // Checks that every expected beat arrived; returns the mismatches of this image.
  int End();

  // Location of beat `index` of an image, decoded from the design's loop nest.
  const BeatLocation& Locate(size_t index) const { return locations_[index]; }
  size_t BeatsPerImage() const { return locations_.size(); }

  int image_mismatches() const { return image_mismatches_; }
  // Mismatch lines printed in full before the rest are only counted.
  void set_print_limit(int limit) { print_limit_ = limit; }

 private:
  void Report(const char* what, int layer, int tile, int column, int64_t got, int64_t expected);

  const DesignConfig& config_;
  std::vector<BeatLocation> locations_;
  const ImageVectors* expected_ = nullptr;
  size_t beats_ = 0;
  size_t samples_ = 0;
  std::vector<size_t> outputs_seen_;
  int classes_seen_ = 0;
  int image_mismatches_ = 0;
  int printed_ = 0;
  int print_limit_ = 200;
};

}  // namespace cimtb

#endif  // CIMC_TESTBENCH_CHECKER_INFERENCE_CHECKER_H_
