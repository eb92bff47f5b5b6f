#include "sim_log.h"

#include <cstdarg>

namespace cimtb {

void SimLog::Printf(LogLevel level, const char* format, ...) const {
  if (!Enabled(level)) return;
  std::printf("[%10llu] ", static_cast<unsigned long long>(*cycle_));
  va_list args;
  va_start(args, format);
  std::vprintf(format, args);
  va_end(args);
  std::printf("\n");
}

}  // namespace cimtb
