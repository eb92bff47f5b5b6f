// Event log of a simulation: one line per event, prefixed by the clock cycle, so that a log can
// be searched with grep and lined up with a waveform.

#ifndef CIMC_TESTBENCH_HARNESS_SIM_LOG_H_
#define CIMC_TESTBENCH_HARNESS_SIM_LOG_H_

#include <cstdint>
#include <cstdio>

namespace cimtb {

// Verbosity of the event log; each level includes the ones before it.
enum class LogLevel { kQuiet = 0, kError = 1, kInfo = 2, kDebug = 3 };

// Writes "[cycle] message" lines to stdout. The cycle comes from the harness that owns the log.
class SimLog {
 public:
  explicit SimLog(const uint64_t* cycle) : cycle_(cycle) {}

  void set_level(LogLevel level) { level_ = level; }
  LogLevel level() const { return level_; }
  bool Enabled(LogLevel level) const { return level <= level_; }

  // printf-style event line at the given level; the cycle prefix and newline are added here.
  void Printf(LogLevel level, const char* format, ...) const
      __attribute__((format(printf, 3, 4)));

 private:
  const uint64_t* cycle_;
  LogLevel level_ = LogLevel::kError;
};

}  // namespace cimtb

#endif  // CIMC_TESTBENCH_HARNESS_SIM_LOG_H_
