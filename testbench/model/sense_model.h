// Behavioural model of the program path. It returns each sense read from the addressed cell's
// pulse-response table (read k after k pulses) and checks every pulse's polarity and amplitude
// against the table. Problems are counted per cell and printed one line each.

#ifndef CIMC_TESTBENCH_MODEL_SENSE_MODEL_H_
#define CIMC_TESTBENCH_MODEL_SENSE_MODEL_H_

#include <cstdint>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "vectors.h"

namespace cimtb {

class SenseModel {
 public:
  // `traces` must outlive the model.
  explicit SenseModel(const std::vector<CellTrace>& traces);

  // Returns the code of read number `pulses applied so far` of the cell; an unknown cell or a
  // read past the end of its table is a mismatch and returns the last known code.
  int Read(int array, int row, int col);

  // Checks pulse number `pulses applied so far` + 1 of the cell against its table.
  void OnPulse(int array, int row, int col, Polarity polarity, int amplitude);

  // Checks the job-done report of the cell last read.
  void OnJobDone(int pulses, bool pass, int last_code);

  int CellMismatches(size_t trace_index) const { return mismatches_[trace_index]; }
  int jobs_done() const { return jobs_done_; }
  int unknown_cells() const { return unknown_; }
  size_t TraceIndex(int array, int row, int col) const;

 private:
  void Report(size_t index, const char* what, int64_t got, int64_t expected);

  const std::vector<CellTrace>& traces_;
  std::map<std::tuple<int, int, int>, size_t> index_;
  std::vector<int> pulses_;
  std::vector<int> reads_;
  std::vector<int> mismatches_;
  size_t current_ = SIZE_MAX;
  int jobs_done_ = 0;
  int unknown_ = 0;
  int printed_ = 0;
};

}  // namespace cimtb

#endif  // CIMC_TESTBENCH_MODEL_SENSE_MODEL_H_
