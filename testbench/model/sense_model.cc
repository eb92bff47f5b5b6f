#include "sense_model.h"

#include <cstdio>

namespace cimtb {

namespace {
constexpr int kPrintLimit = 200;
}  // namespace

SenseModel::SenseModel(const std::vector<CellTrace>& traces)
    : traces_(traces),
      pulses_(traces.size(), 0),
      reads_(traces.size(), 0),
      mismatches_(traces.size(), 0) {
  for (size_t i = 0; i < traces.size(); ++i) {
    index_[std::make_tuple(traces[i].array, traces[i].row, traces[i].col)] = i;
  }
}

size_t SenseModel::TraceIndex(int array, int row, int col) const {
  auto found = index_.find(std::make_tuple(array, row, col));
  return found == index_.end() ? SIZE_MAX : found->second;
}

void SenseModel::Report(size_t index, const char* what, int64_t got, int64_t expected) {
  if (index != SIZE_MAX) ++mismatches_[index];
  if (printed_ >= kPrintLimit) return;
  ++printed_;
  if (index == SIZE_MAX) {
    std::printf("MISMATCH program %s: got %lld expected %lld\n", what,
                static_cast<long long>(got), static_cast<long long>(expected));
    return;
  }
  const CellTrace& t = traces_[index];
  std::printf("MISMATCH program array %d row %d column %d %s: got %lld expected %lld\n", t.array,
              t.row, t.col, what, static_cast<long long>(got), static_cast<long long>(expected));
}

int SenseModel::Read(int array, int row, int col) {
  const size_t index = TraceIndex(array, row, col);
  current_ = index;
  if (index == SIZE_MAX) {
    ++unknown_;
    std::printf("MISMATCH program read of array %d row %d column %d, which has no job\n", array,
                row, col);
    return 0;
  }
  const CellTrace& t = traces_[index];
  ++reads_[index];
  const size_t k = static_cast<size_t>(pulses_[index]);
  if (k >= t.reads.size()) {
    Report(index, "read after the last table entry", static_cast<int64_t>(k),
           static_cast<int64_t>(t.reads.size()) - 1);
    return t.reads.back();
  }
  return t.reads[k];
}

void SenseModel::OnPulse(int array, int row, int col, Polarity polarity, int amplitude) {
  const size_t index = TraceIndex(array, row, col);
  if (index == SIZE_MAX) {
    ++unknown_;
    std::printf("MISMATCH program pulse on array %d row %d column %d, which has no job\n", array,
                row, col);
    return;
  }
  const CellTrace& t = traces_[index];
  const size_t k = static_cast<size_t>(pulses_[index]++);
  if (k >= t.pulses.size()) {
    Report(index, "extra pulse", static_cast<int64_t>(k + 1),
           static_cast<int64_t>(t.pulses.size()));
    return;
  }
  if (polarity != t.pulses[k].polarity) {
    Report(index, "pulse polarity (0 SET, 1 RESET)", static_cast<int>(polarity),
           static_cast<int>(t.pulses[k].polarity));
  }
  if (amplitude != t.pulses[k].amplitude) {
    Report(index, "pulse amplitude", amplitude, t.pulses[k].amplitude);
  }
}

void SenseModel::OnJobDone(int pulses, bool pass, int last_code) {
  ++jobs_done_;
  if (current_ == SIZE_MAX) {
    Report(SIZE_MAX, "job done before any read", pulses, 0);
    return;
  }
  const CellTrace& t = traces_[current_];
  if (pulses != static_cast<int>(t.pulses.size())) {
    Report(current_, "pulse count", pulses, static_cast<int64_t>(t.pulses.size()));
  }
  if (pass != t.pass) Report(current_, "pass", pass, t.pass);
  if (last_code != t.final_code) Report(current_, "final code", last_code, t.final_code);
  if (pulses_[current_] != static_cast<int>(t.pulses.size())) {
    Report(current_, "pulses seen on the pins", pulses_[current_],
           static_cast<int64_t>(t.pulses.size()));
  }
}

}  // namespace cimtb
