// Reusable Verilator harness for a top with a clock `clk_i` and an asynchronous active-low reset
// `rst_ni`: clock stepping, reset, a cycle deadline that reports the state it stopped in, and
// optional waveform tracing (FST or VCD) when the model was verilated with --trace[-fst].

#ifndef CIMC_TESTBENCH_HARNESS_SIM_HARNESS_H_
#define CIMC_TESTBENCH_HARNESS_SIM_HARNESS_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>

#include "sim_log.h"
#include "verilated.h"

#if VM_TRACE
#if VM_TRACE_FST
#include "verilated_fst_c.h"
#else
#include "verilated_vcd_c.h"
#endif
#endif

namespace cimtb {

// Thrown by SimHarness::Step when the cycle deadline passes; `what()` names the cycle and the
// awaited event.
class SimTimeout : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Settings of the harness that come from the test's command line.
struct HarnessOptions {
  std::string trace_path;  // empty: no waveform
  LogLevel log_level = LogLevel::kError;
};

// Clock, reset, deadline and tracing around one verilated model of type Top.
template <class Top>
class SimHarness {
 public:
  // Passes argc/argv to Verilator so that +verilator+seed+N and +verilator+rand+reset+N apply.
  SimHarness(int argc, char** argv, const HarnessOptions& options)
      : context_(new VerilatedContext), log_(&cycle_) {
    context_->commandArgs(argc, argv);
    top_.reset(new Top(context_.get(), "TOP"));
    log_.set_level(options.log_level);
    OpenTrace(options.trace_path);
  }

  ~SimHarness() {
    top_->final();
#if VM_TRACE
    if (trace_) trace_->close();
#endif
  }

  SimHarness(const SimHarness&) = delete;
  SimHarness& operator=(const SimHarness&) = delete;

  Top& top() { return *top_; }
  SimLog& log() { return log_; }
  uint64_t cycle() const { return cycle_; }

  // Called after every rising edge once the outputs settled; a model of the surroundings sets
  // the top's inputs here for the next edge.
  void set_on_rise(std::function<void()> on_rise) { on_rise_ = std::move(on_rise); }

  // Called before a timeout is thrown, to print the state of the test.
  void set_state_dump(std::function<void()> dump) { dump_ = std::move(dump); }

  // Holds rst_ni low for `cycles` clock cycles, then releases it.
  void Reset(int cycles) {
    top_->clk_i = 0;
    top_->rst_ni = 1;
    Eval();
    top_->rst_ni = 0;
    Eval();
    for (int i = 0; i < cycles; ++i) Step();
    top_->rst_ni = 1;
    Eval();
    log_.Printf(LogLevel::kInfo, "reset released");
  }

  // Arms a deadline `cycles` from now; Step throws SimTimeout naming `what` when it passes.
  void ArmDeadline(uint64_t cycles, const std::string& what) {
    deadline_ = cycle_ + cycles;
    awaited_ = what;
  }

  void DisarmDeadline() { deadline_ = 0; }

  // One clock cycle: falling edge, rising edge, then the on_rise callback and a settle eval.
  void Step() {
    top_->clk_i = 0;
    Eval();
    top_->clk_i = 1;
    Eval();
    ++cycle_;
    if (on_rise_) {
      on_rise_();
      top_->eval();
    }
    if (deadline_ != 0 && cycle_ >= deadline_) {
      if (dump_) dump_();
      throw SimTimeout("timed out at cycle " + std::to_string(cycle_) + " waiting for " +
                       awaited_);
    }
  }

 private:
  void Eval() {
    top_->eval();
#if VM_TRACE
    if (trace_) trace_->dump(context_->time());
#endif
    context_->timeInc(1);
  }

  void OpenTrace(const std::string& path) {
    if (path.empty()) return;
#if VM_TRACE
    context_->traceEverOn(true);
#if VM_TRACE_FST
    trace_.reset(new VerilatedFstC);
#else
    trace_.reset(new VerilatedVcdC);
#endif
    top_->trace(trace_.get(), 99);
    trace_->open(path.c_str());
    log_.Printf(LogLevel::kInfo, "tracing to %s", path.c_str());
#else
    throw std::runtime_error("tracing to " + path +
                             " needs a model verilated with --trace or --trace-fst");
#endif
  }

  std::unique_ptr<VerilatedContext> context_;
  std::unique_ptr<Top> top_;
#if VM_TRACE
#if VM_TRACE_FST
  std::unique_ptr<VerilatedFstC> trace_;
#else
  std::unique_ptr<VerilatedVcdC> trace_;
#endif
#endif
  uint64_t cycle_ = 0;
  uint64_t deadline_ = 0;
  std::string awaited_;
  SimLog log_;
  std::function<void()> on_rise_;
  std::function<void()> dump_;
};

}  // namespace cimtb

#endif  // CIMC_TESTBENCH_HARNESS_SIM_HARNESS_H_
