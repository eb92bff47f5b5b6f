#include "inference_checker.h"

#include <cstdio>

namespace cimtb {

InferenceChecker::InferenceChecker(const DesignConfig& config) : config_(config) {
  for (int l = 0; l < static_cast<int>(config.layers.size()); ++l) {
    for (int ct = 0; ct < config.ColTiles(l); ++ct) {
      for (int rt = 0; rt < config.RowTiles(l); ++rt) {
        for (int p = 0; p < config.layers[l].input_bits; ++p) {
          for (int g = 0; g < config.GroupsUsed(l, ct); ++g) {
            locations_.push_back(BeatLocation{l, ct, rt, p, g});
          }
        }
      }
    }
  }
}

void InferenceChecker::Begin(const ImageVectors& expected) {
  expected_ = &expected;
  beats_ = 0;
  samples_ = 0;
  outputs_seen_.assign(config_.layers.size(), 0);
  classes_seen_ = 0;
  image_mismatches_ = 0;
}

void InferenceChecker::Report(const char* what, int layer, int tile, int column, int64_t got,
                              int64_t expected) {
  ++image_mismatches_;
  if (printed_ >= print_limit_) return;
  if (++printed_ == print_limit_) {
    std::printf("MISMATCH limit of %d lines reached; further mismatches are only counted\n",
                print_limit_);
  }
  std::printf("MISMATCH image %d layer %d tile %d column %d %s: got %lld expected %lld\n",
              expected_ ? expected_->image : -1, layer, tile, column, what,
              static_cast<long long>(got), static_cast<long long>(expected));
}

void InferenceChecker::OnSample(int array, int group, const std::vector<uint8_t>& driven) {
  const size_t index = samples_++;
  if (index >= locations_.size()) {
    Report("extra sample strobe", -1, -1, -1, static_cast<int64_t>(index),
           static_cast<int64_t>(locations_.size()));
    return;
  }
  const BeatLocation& at = locations_[index];
  const int want_array = config_.Array(at.layer, at.row_tile, at.col_tile);
  if (array != want_array) Report("array_sel_o", at.layer, at.col_tile, -1, array, want_array);
  if (group != at.group) Report("col_grp_o", at.layer, at.col_tile, -1, group, at.group);
  const int used = config_.RowsUsed(at.layer, at.row_tile);
  for (int r = 0; r < config_.rows; ++r) {
    int want = 0;
    if (r < used) {
      const int input = at.row_tile * config_.rows + r;
      want = at.layer == 0 ? expected_->input_bits[input]
                           : static_cast<int>((expected_->outputs[at.layer - 1][input] >>
                                               at.plane) & 1);
    }
    if (driven[r] != want) {
      char what[64];
      std::snprintf(what, sizeof(what), "wl_en_o row %d plane %d", r, at.plane);
      Report(what, at.layer, at.col_tile, -1, driven[r], want);
    }
  }
}

void InferenceChecker::OnAdcBeat(const std::vector<int>& codes) {
  const size_t index = beats_++;
  if (index >= locations_.size() || index >= expected_->adc_beats.size()) {
    Report("extra ADC beat", -1, -1, -1, static_cast<int64_t>(index),
           static_cast<int64_t>(expected_->adc_beats.size()));
    return;
  }
  const BeatLocation& at = locations_[index];
  const std::vector<int>& want = expected_->adc_beats[index];
  // Converters past the last used pair are compared too: their columns hold code 0, so they
  // must convert D = 0.
  for (int n = 0; n < config_.adcs && n < static_cast<int>(want.size()); ++n) {
    const int pair = at.group * config_.adcs + n;
    if (codes[n] != want[n]) {
      char what[64];
      std::snprintf(what, sizeof(what), "ADC row tile %d plane %d", at.row_tile, at.plane);
      Report(what, at.layer, at.col_tile, 2 * pair, codes[n], want[n]);
    }
  }
}

void InferenceChecker::OnOutput(int layer, int index, int64_t value) {
  if (layer < 0 || layer >= static_cast<int>(config_.layers.size())) {
    Report("output of unknown layer", layer, -1, -1, layer, 0);
    return;
  }
  const std::vector<int64_t>& want = expected_->outputs[layer];
  const size_t order = outputs_seen_[layer]++;
  const int pairs = config_.pairs();
  if (index < 0 || index >= static_cast<int>(want.size())) {
    Report("output index", layer, -1, -1, index, static_cast<int64_t>(want.size()) - 1);
    return;
  }
  if (static_cast<size_t>(index) != order) {
    Report("output order", layer, index / pairs, 2 * (index % pairs), index,
           static_cast<int64_t>(order));
  }
  if (value != want[index]) {
    Report(layer + 1 < static_cast<int>(config_.layers.size()) ? "activation" : "logit", layer,
           index / pairs, 2 * (index % pairs), value, want[index]);
  }
}

void InferenceChecker::OnClass(int predicted) {
  ++classes_seen_;
  if (predicted != expected_->predicted) {
    Report("class", static_cast<int>(config_.layers.size()) - 1, -1, -1, predicted,
           expected_->predicted);
  }
}

void InferenceChecker::OnResult(int predicted) {
  if (predicted != expected_->predicted) {
    Report("RESULT register", static_cast<int>(config_.layers.size()) - 1, -1, -1, predicted,
           expected_->predicted);
  }
}

int InferenceChecker::End() {
  if (samples_ < locations_.size()) {
    Report("sample strobes", -1, -1, -1, static_cast<int64_t>(samples_),
           static_cast<int64_t>(locations_.size()));
  }
  if (beats_ < expected_->adc_beats.size()) {
    Report("ADC beats", -1, -1, -1, static_cast<int64_t>(beats_),
           static_cast<int64_t>(expected_->adc_beats.size()));
  }
  for (size_t l = 0; l < config_.layers.size(); ++l) {
    if (outputs_seen_[l] != expected_->outputs[l].size()) {
      Report("output beats", static_cast<int>(l), -1, -1, static_cast<int64_t>(outputs_seen_[l]),
             static_cast<int64_t>(expected_->outputs[l].size()));
    }
  }
  if (classes_seen_ != 1) Report("class beats", -1, -1, -1, classes_seen_, 1);
  return image_mismatches_;
}

}  // namespace cimtb
