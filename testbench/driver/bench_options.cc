#include "bench_options.h"

#include <cstdlib>
#include <cstring>

namespace cimtb {

namespace {

bool ParseUnsigned(const char* text, uint64_t* out) {
  char* end = nullptr;
  unsigned long long value = std::strtoull(text, &end, 10);
  if (end == text || *end != '\0' || text[0] == '-') return false;
  *out = value;
  return true;
}

}  // namespace

const char* BenchUsage() {
  return "options: --vectors DIR  --program  --images N  --order forward|reverse|repeat\n"
         "         --timeout CYCLES  --trace FILE  --verbose  --quiet\n"
         "         +verilator+seed+N  +verilator+rand+reset+0|1|2\n";
}

std::string ParseBenchOptions(int argc, char** argv, BenchOptions* options) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg[0] == '+') continue;
    if (arg == "--help") {
      options->help = true;
      continue;
    }
    if (arg == "--program") {
      options->program = true;
      continue;
    }
    if (arg == "--verbose") {
      options->harness.log_level = LogLevel::kDebug;
      continue;
    }
    if (arg == "--quiet") {
      options->harness.log_level = LogLevel::kQuiet;
      continue;
    }
    if (i + 1 >= argc) return "option " + arg + " needs a value";
    const std::string value = argv[++i];
    uint64_t number = 0;
    if (arg == "--vectors") {
      options->vectors_dir = value;
    } else if (arg == "--trace") {
      options->harness.trace_path = value;
    } else if (arg == "--images" || arg == "--timeout") {
      if (!ParseUnsigned(value.c_str(), &number)) {
        return "invalid " + arg + " '" + value + "': expected a non-negative integer";
      }
      if (arg == "--images") options->images = static_cast<int>(number);
      if (arg == "--timeout") options->timeout_cycles = number;
    } else if (arg == "--order") {
      if (value == "forward") {
        options->order = ImageOrder::kForward;
      } else if (value == "reverse") {
        options->order = ImageOrder::kReverse;
      } else if (value == "repeat") {
        options->order = ImageOrder::kRepeat;
      } else {
        return "invalid --order '" + value + "': expected forward, reverse or repeat";
      }
    } else {
      return "unknown option " + arg;
    }
  }
  return "";
}

}  // namespace cimtb
