// Test driver for cim_top: drives the APB bus, runs the analog crossbar model and the sense
// model on the analog ports, and feeds the observation ports to the checkers. Every check
// counts mismatches and keeps going; the run returns the exit code of the verdict.

#ifndef CIMC_TESTBENCH_DRIVER_CIM_BENCH_H_
#define CIMC_TESTBENCH_DRIVER_CIM_BENCH_H_

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "bench_config.h"
#include "bench_options.h"
#include "bits.h"
#include "crossbar_model.h"
#include "design_config.h"
#include "inference_checker.h"
#include "sense_model.h"
#include "sim_harness.h"
#include "vectors.h"

namespace cimtb {

// Cycles between a sense request and the sense response; the RTL must accept any latency.
constexpr int kSenseLatency = 2;

template <class Top>
class CimBench {
 public:
  CimBench(const DesignConfig& design, const RegisterMap& regs, const AddressLayout& layout,
           const BenchOptions& options, int argc, char** argv)
      : design_(design),
        regs_(regs),
        layout_(layout),
        options_(options),
        harness_(argc, argv, options.harness),
        crossbar_(design),
        checker_(design),
        driven_(design.rows, 0),
        codes_(design.adcs, 0) {
    harness_.set_on_rise([this] { OnRise(); });
    harness_.set_state_dump([this] { DumpState(); });
  }

  CrossbarModel& crossbar() { return crossbar_; }
  SimHarness<Top>& harness() { return harness_; }

  // Runs the images in `order` back to back without a reset in between; returns 0 when every
  // image matched its golden vectors.
  int RunInference(const std::vector<ImageVectors>& images, const std::vector<size_t>& order) {
    Top& top = harness_.top();
    harness_.Reset(4);
    ApbWrite(regs_.irq_enable, regs_.irq_infer);
    int passed = 0;
    int failed = 0;
    for (size_t index : order) {
      const ImageVectors& image = images[index];
      image_ = &image;
      checker_.Begin(image);
      harness_.log().Printf(LogLevel::kInfo, "image %d start", image.image);
      WriteInputs(image.input_bits);
      ApbWrite(regs_.ctrl, regs_.ctrl_start_infer);
      WaitForIrq("the inference of image " + std::to_string(image.image) + " to finish");
      const uint32_t status = ApbRead(regs_.status);
      if ((status & regs_.status_done) == 0) {
        std::printf("MISMATCH image %d STATUS 0x%x: done bit not set after the interrupt\n",
                    image.image, status);
        ++protocol_errors_;
      }
      const uint32_t result = ApbRead(regs_.result);
      checker_.OnResult(static_cast<int>(result & ((1u << regs_.result_class_bits) - 1)));
      ApbWrite(regs_.irq_status, regs_.irq_infer);
      const int mismatches = checker_.End();
      harness_.log().Printf(LogLevel::kInfo, "image %d done, %d mismatches", image.image,
                            mismatches);
      (mismatches == 0 ? passed : failed) += 1;
    }
    image_ = nullptr;
    return Summarize(passed, failed);
  }

  // Pushes every cell job, in batches of the job FIFO depth, runs write-verify programming and
  // checks each cell's pulses, pulse count, final read and pass/fail against its table.
  int RunProgram(const std::vector<CellTrace>& traces, const PulseSettings& pulse) {
    sense_.reset(new SenseModel(traces));
    harness_.Reset(4);
    ConfigurePulses(pulse);
    ApbWrite(regs_.irq_enable, regs_.irq_prog);

    // PROG_PULSES and PROG_FAILS count one program run, so each batch is checked on its own.
    for (size_t first = 0; first < traces.size(); first += regs_.job_fifo_depth) {
      const size_t last = std::min(traces.size(), first + regs_.job_fifo_depth);
      for (size_t i = first; i < last; ++i) PushJob(traces[i]);
      ApbWrite(regs_.ctrl, regs_.ctrl_start_prog);
      WaitForIrq("programming jobs " + std::to_string(first) + ".." + std::to_string(last - 1));
      ApbWrite(regs_.irq_status, regs_.irq_prog);
      int expected_pulses = 0;
      int expected_fails = 0;
      for (size_t i = first; i < last; ++i) {
        expected_pulses += static_cast<int>(traces[i].pulses.size());
        expected_fails += traces[i].pass ? 0 : 1;
      }
      CheckCounter("PROG_PULSES", first, ApbRead(regs_.prog_pulses), expected_pulses);
      CheckCounter("PROG_FAILS", first, ApbRead(regs_.prog_fails), expected_fails);
    }

    if (sense_->jobs_done() != static_cast<int>(traces.size())) {
      std::printf("MISMATCH program job-done beats: got %d expected %zu\n", sense_->jobs_done(),
                  traces.size());
      ++protocol_errors_;
    }
    int passed = 0;
    int failed = 0;
    for (size_t i = 0; i < traces.size(); ++i) {
      (sense_->CellMismatches(i) == 0 ? passed : failed) += 1;
    }
    protocol_errors_ += sense_->unknown_cells();

    return Summarize(passed, failed);
  }

 private:
  int Summarize(int passed, int failed) {
    if (protocol_errors_ > 0) {
      std::printf("%d protocol errors outside the per-item checks\n", protocol_errors_);
    }
    std::printf("%d passed, %d failed\n", passed, failed);
    std::printf("cycles %llu\n", static_cast<unsigned long long>(harness_.cycle()));
    return failed == 0 && protocol_errors_ == 0 ? 0 : 1;
  }

  void CheckCounter(const char* name, size_t first_job, uint32_t got, int expected) {
    if (static_cast<int>(got) == expected) return;
    std::printf("MISMATCH program %s after the batch from job %zu: got %u expected %d\n", name,
                first_job, got, expected);
    ++protocol_errors_;
  }

  void ConfigurePulses(const PulseSettings& pulse) {
    for (const auto& [offset, value] : regs_.pulse_setup) ApbWrite(offset, value);
    pulse_width_ = pulse.width;
  }

  void PushJob(const CellTrace& t) {
    ApbWrite(regs_.job_addr, (static_cast<uint32_t>(t.array) << regs_.job_array_lsb) |
                                 (static_cast<uint32_t>(t.row) << regs_.job_row_lsb) |
                                 (static_cast<uint32_t>(t.col) << regs_.job_col_lsb));
    ApbWrite(regs_.job_window,
             static_cast<uint32_t>(t.lo) | (static_cast<uint32_t>(t.hi) << regs_.job_window_hi_lsb));
    ApbWrite(regs_.job_push, 1);
  }

  void WriteInputs(const std::vector<uint8_t>& bits) {
    ApbWrite(regs_.input_addr, 0);
    for (size_t w = 0; w * 32 < bits.size(); ++w) {
      uint32_t word = 0;
      for (size_t b = 0; b < 32 && w * 32 + b < bits.size(); ++b) {
        if (bits[w * 32 + b]) word |= 1u << b;
      }
      ApbWrite(regs_.input_data, word);
    }
  }

  void WaitForIrq(const std::string& what) {
    harness_.ArmDeadline(options_.timeout_cycles, what);
    while (!harness_.top().irq_o) harness_.Step();
    harness_.DisarmDeadline();
  }

  // APB: setup phase for one cycle, then access phase until pready_o is high at a rising edge.
  uint32_t ApbTransfer(uint32_t addr, bool write, uint32_t data) {
    Top& top = harness_.top();
    top.psel_i = 1;
    top.penable_i = 0;
    top.pwrite_i = write;
    top.paddr_i = addr;
    top.pwdata_i = data;
    harness_.Step();
    top.penable_i = 1;
    harness_.ArmDeadline(64, "pready_o at address " + std::to_string(addr));
    uint32_t read = 0;
    for (;;) {
      top.eval();
      const bool ready = top.pready_o;
      read = top.prdata_o;
      if (ready && top.pslverr_o) {
        std::printf("MISMATCH APB %s of address 0x%03x: pslverr_o set\n",
                    write ? "write" : "read", addr);
        ++protocol_errors_;
      }
      harness_.Step();
      if (ready) break;
    }
    harness_.DisarmDeadline();
    top.psel_i = 0;
    top.penable_i = 0;
    top.pwrite_i = 0;
    return read;
  }

  void ApbWrite(uint32_t addr, uint32_t data) { ApbTransfer(addr, true, data); }
  uint32_t ApbRead(uint32_t addr) { return ApbTransfer(addr, false, 0); }

  // Runs after every rising edge. The analog models sample D and drive the comparator and
  // sense inputs, then the observation beats go to the checkers.
  void OnRise() {
    Top& top = harness_.top();
    if (top.adc_sample_o) SampleCrossbar();
    for (int n = 0; n < design_.adcs; ++n) {
      const uint64_t dac = Field(top.adc_dac_o, n * design_.adc_bits, design_.adc_bits);
      SetField(top.adc_cmp_i, n, 1, crossbar_.Compare(n, dac, top.adc_step_o) ? 1 : 0);
    }
    if (image_ != nullptr) ObserveInference();
    if (sense_) ObserveProgram();
  }

  void SampleCrossbar() {
    Top& top = harness_.top();
    const int array = static_cast<int>(top.array_sel_o);
    const int group = static_cast<int>(top.col_grp_o);
    for (int r = 0; r < design_.rows; ++r) driven_[r] = Bit(top.wl_en_o, r) ? 1 : 0;
    if (image_ != nullptr) checker_.OnSample(array, group, driven_);
    if (array >= design_.ArrayCount() || group >= design_.groups()) {
      std::printf("MISMATCH sample of array %d group %d: outside %d arrays of %d groups\n", array,
                  group, design_.ArrayCount(), design_.groups());
      ++protocol_errors_;
      return;
    }
    crossbar_.Sample(array, driven_, group);
    harness_.log().Printf(LogLevel::kDebug, "sample array %d group %d", array, group);
  }

  void ObserveInference() {
    Top& top = harness_.top();
    if (top.obs_adc_valid_o) {
      for (int n = 0; n < design_.adcs; ++n) {
        const uint64_t raw = Field(top.obs_adc_codes_o, n * design_.adc_bits, design_.adc_bits);
        codes_[n] = static_cast<int>(SignExtend(raw, design_.adc_bits));
      }
      checker_.OnAdcBeat(codes_);
    }
    if (top.obs_act_valid_o) {
      const int64_t value = SignExtend(Field(top.obs_act_value_o, 0, design_.act_width),
                                       design_.act_width);
      checker_.OnOutput(static_cast<int>(top.obs_act_layer_o),
                        static_cast<int>(top.obs_act_index_o), value);
    }
    if (top.obs_class_valid_o) checker_.OnClass(static_cast<int>(top.obs_class_o));
  }

  void ObserveProgram() {
    Top& top = harness_.top();
    if (top.sense_valid_i) top.sense_valid_i = 0;
    if (sense_countdown_ > 0 && --sense_countdown_ == 0) {
      top.sense_code_i = sense_code_;
      top.sense_valid_i = 1;
    }

    const int width = layout_.array_bits + layout_.row_bits + layout_.col_bits;
    const uint64_t addr = Field(top.prog_addr_o, 0, width);
    const int col = static_cast<int>(addr & ((1u << layout_.col_bits) - 1));
    const int row = static_cast<int>((addr >> layout_.col_bits) & ((1u << layout_.row_bits) - 1));
    const int array = static_cast<int>(addr >> (layout_.col_bits + layout_.row_bits));
    if (top.sense_req_o) {
      sense_code_ = sense_->Read(array, row, col);
      sense_countdown_ = kSenseLatency;
    }
    ObservePulse(array, row, col);

    if (top.obs_job_done_o) {
      sense_->OnJobDone(static_cast<int>(top.obs_job_pulses_o), top.obs_job_pass_o != 0,
                        static_cast<int>(top.obs_job_code_o));
    }
  }

  // Checks a pulse on its first cycle and its width when it ends.
  void ObservePulse(int array, int row, int col) {
    Top& top = harness_.top();
    const bool set = top.pulse_set_o;
    const bool reset = top.pulse_reset_o;
    if ((set || reset) && pulse_cycles_ == 0) {
      if (set && reset) {
        std::printf("MISMATCH program array %d row %d column %d: SET and RESET both high\n",
                    array, row, col);
        ++protocol_errors_;
      }
      sense_->OnPulse(array, row, col, set ? Polarity::kSet : Polarity::kReset,
                      static_cast<int>(top.pulse_amp_o));
    }
    if (set || reset) {
      ++pulse_cycles_;
      return;
    }
    if (pulse_cycles_ > 0 && pulse_cycles_ != pulse_width_) {
      std::printf("MISMATCH program array %d row %d column %d pulse width: got %d expected %d\n",
                  array, row, col, pulse_cycles_, pulse_width_);
      ++protocol_errors_;
    }
    pulse_cycles_ = 0;
  }

  void DumpState() {
    Top& top = harness_.top();
    std::printf("state at cycle %llu:", static_cast<unsigned long long>(harness_.cycle()));
    if (image_ != nullptr) std::printf(" image %d,", image_->image);
    std::printf(" array_sel_o %d, col_grp_o %d, adc_sample_o %d, irq_o %d,",
                static_cast<int>(top.array_sel_o), static_cast<int>(top.col_grp_o),
                static_cast<int>(top.adc_sample_o), static_cast<int>(top.irq_o));
    if (sense_) std::printf(" jobs done %d,", sense_->jobs_done());
    std::printf(" sense_req_o %d, pulse_set_o %d, pulse_reset_o %d\n",
                static_cast<int>(top.sense_req_o), static_cast<int>(top.pulse_set_o),
                static_cast<int>(top.pulse_reset_o));
  }

  const DesignConfig& design_;
  const RegisterMap regs_;
  const AddressLayout layout_;
  const BenchOptions& options_;
  SimHarness<Top> harness_;
  CrossbarModel crossbar_;
  InferenceChecker checker_;
  std::unique_ptr<SenseModel> sense_;
  const ImageVectors* image_ = nullptr;
  std::vector<uint8_t> driven_;
  std::vector<int> codes_;
  int protocol_errors_ = 0;
  int sense_countdown_ = 0;
  int sense_code_ = 0;
  int pulse_cycles_ = 0;
  int pulse_width_ = 0;
};

}  // namespace cimtb

#endif  // CIMC_TESTBENCH_DRIVER_CIM_BENCH_H_
