// Self-checking Icarus testbench of cim_top with a behavioural model of the analog side.
//
// The analog model holds one conductance code per cell for inference (cells.hex) and a second,
// mutable set for programming (prog_cells.hex). On adc_sample_o it sums, per ADC n, the
// differential codes of pair col_grp_o*ADCS + n over the driven wordlines of array_sel_o, and
// answers each SAR trial code with 2*D >= (2*(dac - H) - 1)*s. A sense request is answered
// SENSE_LATENCY cycles later; a SET or RESET pulse of amplitude a moves the cell by a/4 + 1.
// Expected beats come from the Java reference model. Every mismatch prints one line; the last
// line is "TB PASS" or "TB FAIL <count>", and $fatal makes the exit code non-zero on failure.
//
// Geometry and port widths arrive as macros (iverilog -D) from the Java test.
`timescale 1ns / 1ps

module cim_tb;
  localparam int Rows = `TB_ROWS;
  localparam int Cols = `TB_COLS;
  localparam int Adcs = `TB_ADCS;
  localparam int AdcBits = `TB_ADC_BITS;
  localparam int Arrays = `TB_ARRAYS;
  localparam int Images = `TB_IMAGES;
  localparam int InputWords = `TB_INPUT_WORDS;
  localparam int Beats = `TB_BEATS;
  localparam int Acts = `TB_ACTS;
  localparam int Jobs = `TB_JOBS;
  localparam int Pulses = `TB_PULSES;
  localparam int ValueBits = `TB_VALUE_BITS;
  localparam int CodeBits = `TB_CODE_BITS;
  localparam int SenseLatency = 2;
  localparam int TimeoutCycles = 2000000;

  logic clk = 1'b0;
  logic rst_n = 1'b0;
  always #5 clk = ~clk;

  // APB
  logic psel = 1'b0, penable = 1'b0, pwrite = 1'b0;
  logic [11:0] paddr = '0;
  logic [31:0] pwdata = '0;
  logic [31:0] prdata;
  logic pready, pslverr, irq;

  // Analog interface
  logic [`TB_ARRAY_BITS-1:0] array_sel;
  logic [Rows-1:0] wl_en;
  logic [`TB_GROUP_BITS-1:0] col_grp;
  logic adc_sample;
  logic [Adcs*AdcBits-1:0] adc_dac;
  logic [`TB_STEP_BITS-1:0] adc_step;
  logic [Adcs-1:0] adc_cmp;
  logic [`TB_PROG_ADDR_BITS-1:0] prog_addr;
  logic pulse_set, pulse_reset;
  logic [`TB_AMP_BITS-1:0] pulse_amp;
  logic sense_req;
  logic sense_valid = 1'b0;
  logic [CodeBits-1:0] sense_code = '0;

  // Observation
  logic obs_adc_valid;
  logic [Adcs*AdcBits-1:0] obs_adc_codes;
  logic obs_act_valid;
  logic [`TB_LAYER_BITS-1:0] obs_act_layer;
  logic [`TB_NEURON_BITS-1:0] obs_act_index;
  logic signed [ValueBits-1:0] obs_act_value;
  logic obs_class_valid;
  logic [`TB_CLASS_BITS-1:0] obs_class;
  logic obs_job_done;
  logic [15:0] obs_job_pulses;
  logic obs_job_pass;
  logic [CodeBits-1:0] obs_job_code;
  logic obs_pulse_valid, obs_pulse_set;
  logic [`TB_AMP_BITS-1:0] obs_pulse_amp;

  cim_top dut (
    .clk_i(clk), .rst_ni(rst_n),
    .psel_i(psel), .penable_i(penable), .pwrite_i(pwrite), .paddr_i(paddr),
    .pwdata_i(pwdata), .prdata_o(prdata), .pready_o(pready), .pslverr_o(pslverr),
    .irq_o(irq),
    .array_sel_o(array_sel), .wl_en_o(wl_en), .col_grp_o(col_grp),
    .adc_sample_o(adc_sample), .adc_dac_o(adc_dac), .adc_step_o(adc_step),
    .adc_cmp_i(adc_cmp),
    .prog_addr_o(prog_addr), .pulse_set_o(pulse_set), .pulse_reset_o(pulse_reset),
    .pulse_amp_o(pulse_amp), .sense_req_o(sense_req), .sense_valid_i(sense_valid),
    .sense_code_i(sense_code),
    .obs_adc_valid_o(obs_adc_valid), .obs_adc_codes_o(obs_adc_codes),
    .obs_act_valid_o(obs_act_valid), .obs_act_layer_o(obs_act_layer),
    .obs_act_index_o(obs_act_index), .obs_act_value_o(obs_act_value),
    .obs_class_valid_o(obs_class_valid), .obs_class_o(obs_class),
    .obs_job_done_o(obs_job_done), .obs_job_pulses_o(obs_job_pulses),
    .obs_job_pass_o(obs_job_pass), .obs_job_code_o(obs_job_code),
    .obs_pulse_valid_o(obs_pulse_valid), .obs_pulse_set_o(obs_pulse_set),
    .obs_pulse_amp_o(obs_pulse_amp)
  );

  // Test vectors from the Java reference model; jobs must fit the FIFO (4 entries).
  logic [7:0] cells [Arrays*Rows*Cols];
  logic [7:0] prog_cells [Arrays*Rows*Cols];
  logic [31:0] inputs [Images*InputWords];
  logic [Adcs*AdcBits-1:0] exp_adc [Beats];
  logic [63:0] exp_act [Acts];
  logic [31:0] exp_class [Images];
  logic [31:0] exp_job [Jobs];
  logic [31:0] exp_pulse [Pulses];
  logic [31:0] jobs [Jobs*2];
  logic [31:0] prog_cfg [4];

  initial begin
    $readmemh("cells.hex", cells);
    $readmemh("prog_cells.hex", prog_cells);
    $readmemh("inputs.hex", inputs);
    $readmemh("exp_adc.hex", exp_adc);
    $readmemh("exp_act.hex", exp_act);
    $readmemh("exp_class.hex", exp_class);
    $readmemh("exp_job.hex", exp_job);
    $readmemh("exp_pulse.hex", exp_pulse);
    $readmemh("jobs.hex", jobs);
    $readmemh("prog_cfg.hex", prog_cfg);
  end

  // ---------------------------------------------------------------- analog inference model
  integer held_d [Adcs];
  integer cycle = 0;
  always @(posedge clk) cycle <= cycle + 1;

  always @(posedge clk) begin
    if (adc_sample) begin
      for (int n = 0; n < Adcs; n++) begin
        integer sum;
        integer pair;
        sum = 0;
        pair = col_grp * Adcs + n;
        for (int r = 0; r < Rows; r++) begin
          if (wl_en[r]) begin
            sum = sum + cells[(array_sel * Rows + r) * Cols + 2 * pair]
                - cells[(array_sel * Rows + r) * Cols + 2 * pair + 1];
          end
        end
        held_d[n] <= sum;
      end
    end
  end

  for (genvar n = 0; n < Adcs; n++) begin : gen_cmp
    assign adc_cmp[n] = 2 * held_d[n]
        >= (2 * (integer'(adc_dac[n*AdcBits +: AdcBits]) - (1 << (AdcBits - 1))) - 1)
           * integer'(adc_step);
  end

  // ---------------------------------------------------------------- analog program model
  integer sense_wait = -1;
  integer pulse_cycles = 0;
  integer pulse_expected_width = 1;
  integer errors = 0;

  function automatic integer cell_index(input logic [`TB_PROG_ADDR_BITS-1:0] addr);
    integer a, r, c;
    c = addr[`TB_COL_BITS-1:0];
    r = addr[`TB_COL_BITS +: `TB_ROW_BITS];
    a = addr[`TB_COL_BITS + `TB_ROW_BITS +: `TB_ARRAY_BITS];
    return (a * Rows + r) * Cols + c;
  endfunction

  always @(posedge clk) begin
    sense_valid <= 1'b0;
    if (sense_req) begin
      sense_wait <= SenseLatency;
    end else if (sense_wait > 0) begin
      sense_wait <= sense_wait - 1;
    end else if (sense_wait == 0) begin
      sense_valid <= 1'b1;
      sense_code <= prog_cells[cell_index(prog_addr)][CodeBits-1:0];
      sense_wait <= -1;
    end
  end

  // A pulse acts once, when it starts; its width is checked when it ends.
  logic pulse_on_q = 1'b0;
  always @(posedge clk) begin
    pulse_on_q <= pulse_set | pulse_reset;
    if ((pulse_set | pulse_reset) && !pulse_on_q) begin
      integer idx, code, delta;
      idx = cell_index(prog_addr);
      code = prog_cells[idx];
      delta = pulse_amp / 4 + 1;
      code = pulse_set ? code + delta : code - delta;
      if (code < 0) code = 0;
      if (code > `TB_MAX_CODE) code = `TB_MAX_CODE;
      prog_cells[idx] <= code[7:0];
      pulse_cycles <= 1;
    end else if (pulse_set | pulse_reset) begin
      pulse_cycles <= pulse_cycles + 1;
    end else if (pulse_on_q && pulse_cycles != pulse_expected_width) begin
      $display("%0d: MISMATCH pulse width got %0d expected %0d", cycle, pulse_cycles,
               pulse_expected_width);
      errors = errors + 1;
    end
  end

  // ---------------------------------------------------------------- checkers
  integer adc_seen = 0, act_seen = 0, class_seen = 0, job_seen = 0, pulse_seen = 0;
  // Low while an inference runs that a soft clear aborts on purpose.
  logic checking = 1'b1;

  always @(posedge clk) begin
    if (obs_adc_valid && checking) begin
      if (adc_seen >= Beats || obs_adc_codes !== exp_adc[adc_seen]) begin
        $display("%0d: MISMATCH adc beat %0d got %h expected %h", cycle, adc_seen,
                 obs_adc_codes, adc_seen < Beats ? exp_adc[adc_seen] : 'x);
        errors = errors + 1;
      end
      adc_seen = adc_seen + 1;
    end
    if (obs_act_valid && checking) begin
      logic [63:0] got;
      got = {8'(obs_act_layer), 16'(obs_act_index), 40'(obs_act_value)};
      if (act_seen >= Acts || got !== exp_act[act_seen]) begin
        $display("%0d: MISMATCH activation %0d got layer %0d index %0d value %0d expected %h",
                 cycle, act_seen, obs_act_layer, obs_act_index, obs_act_value,
                 act_seen < Acts ? exp_act[act_seen] : 'x);
        errors = errors + 1;
      end
      act_seen = act_seen + 1;
    end
    if (obs_class_valid && checking) begin
      if (class_seen >= Images || 32'(obs_class) !== exp_class[class_seen]) begin
        $display("%0d: MISMATCH class of image %0d got %0d", cycle, class_seen, obs_class);
        errors = errors + 1;
      end
      class_seen = class_seen + 1;
    end
    if (obs_job_done) begin
      logic [31:0] got;
      got = {obs_job_pulses, 7'd0, obs_job_pass, 8'(obs_job_code)};
      if (job_seen >= Jobs || got !== exp_job[job_seen]) begin
        $display("%0d: MISMATCH job %0d got pulses %0d pass %0d code %0d expected %h", cycle,
                 job_seen, obs_job_pulses, obs_job_pass, obs_job_code,
                 job_seen < Jobs ? exp_job[job_seen] : 'x);
        errors = errors + 1;
      end
      job_seen = job_seen + 1;
    end
    if (obs_pulse_valid) begin
      logic [31:0] got;
      got = {23'd0, obs_pulse_set, 8'(obs_pulse_amp)};
      if (pulse_seen >= Pulses || got !== exp_pulse[pulse_seen]) begin
        $display("%0d: MISMATCH pulse %0d got set %0d amp %0d", cycle, pulse_seen,
                 obs_pulse_set, obs_pulse_amp);
        errors = errors + 1;
      end
      pulse_seen = pulse_seen + 1;
    end
  end

  // Cycles with the inference sequencer busy, for the cycles-per-image figure.
  integer busy_cycles = 0;
  always @(posedge clk) if (dut.infer_busy) busy_cycles = busy_cycles + 1;

  // ---------------------------------------------------------------- APB driver
  task automatic apb_write(input logic [11:0] addr, input logic [31:0] data);
    @(negedge clk);
    psel = 1'b1; pwrite = 1'b1; paddr = addr; pwdata = data; penable = 1'b0;
    @(negedge clk);
    penable = 1'b1;
    @(negedge clk);
    if (pslverr) begin
      $display("%0d: MISMATCH pslverr on write to %h", cycle, addr);
      errors = errors + 1;
    end
    psel = 1'b0; penable = 1'b0; pwrite = 1'b0;
  endtask

  task automatic apb_write_rejected(input logic [11:0] addr, input logic [31:0] data);
    logic error_seen;
    @(negedge clk);
    psel = 1'b1; pwrite = 1'b1; paddr = addr; pwdata = data; penable = 1'b0;
    @(negedge clk);
    penable = 1'b1;
    #1 error_seen = pslverr;
    @(negedge clk);
    if (!error_seen) begin
      $display("%0d: MISMATCH no pslverr on write to read-only %h", cycle, addr);
      errors = errors + 1;
    end
    psel = 1'b0; penable = 1'b0; pwrite = 1'b0;
  endtask

  task automatic apb_read(input logic [11:0] addr, output logic [31:0] data);
    @(negedge clk);
    psel = 1'b1; pwrite = 1'b0; paddr = addr; penable = 1'b0;
    @(negedge clk);
    penable = 1'b1;
    #1 data = prdata;
    @(negedge clk);
    psel = 1'b0; penable = 1'b0;
  endtask

  task automatic check_reg(input logic [11:0] addr, input logic [31:0] expected,
                           input string what);
    logic [31:0] got;
    apb_read(addr, got);
    if (got !== expected) begin
      $display("%0d: MISMATCH %s got %h expected %h", cycle, what, got, expected);
      errors = errors + 1;
    end
  endtask

  task automatic wait_irq();
    integer waited;
    waited = 0;
    while (!irq && waited < TimeoutCycles) begin
      @(posedge clk);
      waited = waited + 1;
    end
    if (!irq) begin
      $display("%0d: MISMATCH timed out waiting for the interrupt", cycle);
      $display("TB FAIL %0d", errors + 1);
      $fatal(1);
    end
  endtask

  // ---------------------------------------------------------------- test sequence
  logic [31:0] value;
  integer expected_pulses, expected_fails;

  initial begin
    repeat (3) @(posedge clk);
    rst_n = 1'b1;
    check_reg(`OFF_ID, 32'h434d_0100, "ID");
    check_reg(`OFF_STATUS, 32'h20, "STATUS after reset");
    apb_write_rejected(`OFF_STATUS, 32'h1);
    apb_write(`OFF_IRQ_ENABLE, 32'h3);

    for (int img = 0; img < Images; img++) begin
      apb_write(`OFF_INPUT_ADDR, 32'd0);
      for (int w = 0; w < InputWords; w++) begin
        apb_write(`OFF_INPUT_DATA, inputs[img * InputWords + w]);
      end
      busy_cycles = 0;
      apb_write(`OFF_CTRL, 32'h1);
      wait_irq();
      $display("%0d: image %0d busy cycles %0d", cycle, img, busy_cycles);
      check_reg(`OFF_RESULT, 32'h8000_0000 | exp_class[img], "RESULT");
      check_reg(`OFF_STATUS, 32'h22, "STATUS after an inference");
      check_reg(`OFF_IRQ_STATUS, 32'h1, "IRQ_STATUS after an inference");
      // A pending interrupt reaches irq_o only while it is enabled.
      apb_write(`OFF_IRQ_ENABLE, 32'h2);
      if (irq) begin
        $display("%0d: MISMATCH irq_o high with the pending bit disabled", cycle);
        errors = errors + 1;
      end
      apb_write(`OFF_IRQ_ENABLE, 32'h3);
      apb_write(`OFF_IRQ_STATUS, 32'h1);
      if (irq) begin
        $display("%0d: MISMATCH irq_o high after IRQ_STATUS was cleared", cycle);
        errors = errors + 1;
      end
    end

    // Soft clear: abort an inference; the sequencer stops and the wordlines go off.
    checking = 1'b0;
    apb_write(`OFF_CTRL, 32'h1);
    repeat (20) @(posedge clk);
    apb_write(`OFF_CTRL, 32'h4);
    repeat (2) @(posedge clk);
    if (wl_en !== '0) begin
      $display("%0d: MISMATCH wordlines %b driven after a soft clear", cycle, wl_en);
      errors = errors + 1;
    end
    check_reg(`OFF_STATUS, 32'h20, "STATUS after a soft clear");
    check_reg(`OFF_RESULT, 32'h0, "RESULT after a soft clear");
    checking = 1'b1;

    // Programming: configure, queue the jobs (at most the FIFO depth), then run.
    apb_write(`OFF_PULSE_CFG_AMP, prog_cfg[0]);
    apb_write(`OFF_PULSE_CFG_TIME, prog_cfg[1]);
    pulse_expected_width = prog_cfg[1][15:0] == 0 ? 1 : prog_cfg[1][15:0];
    for (int j = 0; j < Jobs; j++) begin
      apb_write(`OFF_JOB_ADDR, jobs[2 * j]);
      apb_write(`OFF_JOB_WINDOW, jobs[2 * j + 1]);
      apb_write(`OFF_JOB_PUSH, 32'h1);
    end
    apb_read(`OFF_STATUS, value);
    if (value[5] || (Jobs == 4 && !value[4])) begin
      $display("%0d: MISMATCH STATUS %h after queueing %0d jobs", cycle, value, Jobs);
      errors = errors + 1;
    end
    apb_write(`OFF_CTRL, 32'h2);
    wait_irq();
    expected_pulses = prog_cfg[2];
    expected_fails = prog_cfg[3];
    check_reg(`OFF_PROG_PULSES, expected_pulses, "PROG_PULSES");
    check_reg(`OFF_PROG_FAILS, expected_fails, "PROG_FAILS");

    if (adc_seen != Beats) begin
      $display("MISMATCH adc beat count got %0d expected %0d", adc_seen, Beats);
      errors = errors + 1;
    end
    if (act_seen != Acts) begin
      $display("MISMATCH activation count got %0d expected %0d", act_seen, Acts);
      errors = errors + 1;
    end
    if (job_seen != Jobs || pulse_seen != Pulses) begin
      $display("MISMATCH job count %0d/%0d, pulse count %0d/%0d", job_seen, Jobs, pulse_seen,
               Pulses);
      errors = errors + 1;
    end
    if (errors == 0) begin
      $display("TB PASS");
      $finish;
    end
    $display("TB FAIL %0d", errors);
    $fatal(1);
  end
endmodule
