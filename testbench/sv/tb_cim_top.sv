// Self-checking testbench of cim_top for Icarus Verilog (iverilog -g2012): a behavioural model
// of the crossbars and comparators, an APB driver, and checks of every ADC beat, every layer
// output and the class of a few images against the golden vector files. The design's values
// come from the generated tb_params.svh. Prints one line per mismatch and "N passed, N failed".

`timescale 1ns / 1ps

module tb_cim_top;
  `include "tb_params.svh"

  localparam int Half = 1 << (AdcBits - 1);
  localparam int ClkHalfPeriod = 5;

  // ----------------------------------------------------------------------------------------
  // DUT ports
  // ----------------------------------------------------------------------------------------
  logic clk_i = 1'b0;
  logic rst_ni = 1'b0;
  logic psel_i = 1'b0;
  logic penable_i = 1'b0;
  logic pwrite_i = 1'b0;
  logic [11:0] paddr_i = '0;
  logic [31:0] pwdata_i = '0;
  wire [31:0] prdata_o;
  wire pready_o;
  wire pslverr_o;
  wire irq_o;

  wire [ArrayBits-1:0] array_sel_o;
  wire [Rows-1:0] wl_en_o;
  wire [GroupBits-1:0] col_grp_o;
  wire adc_sample_o;
  wire [Adcs*AdcBits-1:0] adc_dac_o;
  wire [StepBits-1:0] adc_step_o;
  logic [Adcs-1:0] adc_cmp_i;

  wire [AddrBits-1:0] prog_addr_o;
  wire pulse_set_o;
  wire pulse_reset_o;
  wire [AmpBits-1:0] pulse_amp_o;
  wire sense_req_o;
  logic sense_valid_i = 1'b0;
  logic [CodeBits-1:0] sense_code_i = '0;

  wire obs_adc_valid_o;
  wire [Adcs*AdcBits-1:0] obs_adc_codes_o;
  wire obs_act_valid_o;
  wire [LayerBits-1:0] obs_act_layer_o;
  wire [IndexBits-1:0] obs_act_index_o;
  wire [ActBits-1:0] obs_act_value_o;
  wire obs_class_valid_o;
  wire [ClassBits-1:0] obs_class_o;

  cim_top dut (
    .clk_i, .rst_ni,
    .psel_i, .penable_i, .pwrite_i, .paddr_i, .pwdata_i, .prdata_o, .pready_o, .pslverr_o,
    .irq_o,
    .array_sel_o, .wl_en_o, .col_grp_o, .adc_sample_o, .adc_dac_o, .adc_step_o, .adc_cmp_i,
    .prog_addr_o, .pulse_set_o, .pulse_reset_o, .pulse_amp_o, .sense_req_o, .sense_valid_i,
    .sense_code_i,
    .obs_adc_valid_o, .obs_adc_codes_o, .obs_act_valid_o, .obs_act_layer_o, .obs_act_index_o,
    .obs_act_value_o, .obs_class_valid_o, .obs_class_o
  );

  always #(ClkHalfPeriod) clk_i = ~clk_i;

  // ----------------------------------------------------------------------------------------
  // Golden vectors
  // ----------------------------------------------------------------------------------------
  logic [CodeBits-1:0] cells [Arrays*Rows*Cols];
  logic [31:0] inputs [Images*InputWords];
  logic [Adcs*AdcBits-1:0] beats [Images*BeatsPerImage];
  logic [ActBits-1:0] acts [Images*ActsPerImage];
  logic [ClassBits-1:0] classes [Images];

  initial begin
    $readmemh({`CIMC_VECTORS_DIR, "/cells.hex"}, cells);
    $readmemh({`CIMC_VECTORS_DIR, "/inputs.hex"}, inputs);
    $readmemh({`CIMC_VECTORS_DIR, "/adc_codes.hex"}, beats);
    $readmemh({`CIMC_VECTORS_DIR, "/activations.hex"}, acts);
    $readmemh({`CIMC_VECTORS_DIR, "/classes.hex"}, classes);
  end

  // ----------------------------------------------------------------------------------------
  // Analog model: D sampled on adc_sample_o, comparators answer adc_dac_o combinationally
  // ----------------------------------------------------------------------------------------
  logic signed [63:0] d_q [Adcs];

  always @(posedge clk_i) begin
    if (adc_sample_o) begin
      for (int n = 0; n < Adcs; n++) begin
        logic signed [63:0] sum;
        int base;
        sum = 0;
        base = int'(array_sel_o) * Rows * Cols + 2 * (int'(col_grp_o) * Adcs + n);
        for (int r = 0; r < Rows; r++) begin
          if (wl_en_o[r]) begin
            sum = sum + $signed({1'b0, cells[base + r * Cols]})
                - $signed({1'b0, cells[base + r * Cols + 1]});
          end
        end
        d_q[n] <= sum;
      end
    end
  end

  // One continuous assignment per comparator: an always_comb block with a temporary would
  // be sensitive to its own temporary on Icarus Verilog 11 and never settle.
  for (genvar n = 0; n < Adcs; n++) begin : gen_cmp
    wire signed [63:0] trial = $signed({1'b0, adc_dac_o[n * AdcBits +: AdcBits]}) - Half;
    wire signed [63:0] step = $signed({1'b0, adc_step_o});
    assign adc_cmp_i[n] = 2 * d_q[n] >= (2 * trial - 1) * step;
  end

  // ----------------------------------------------------------------------------------------
  // Checks of the observation ports
  // ----------------------------------------------------------------------------------------
  int image = -1;
  int beat = 0;
  int act = 0;
  int class_beats = 0;
  int mismatches = 0;

  function automatic void mismatch(string what, longint got, longint expected);
    mismatches++;
    $display("MISMATCH image %0d %s: got %0d expected %0d", image, what, got, expected);
  endfunction

  function automatic longint sext_act(logic [ActBits-1:0] v);
    return longint'($signed(v));
  endfunction

  always @(posedge clk_i) begin
    if (image >= 0 && obs_adc_valid_o) begin
      if (beat >= BeatsPerImage) begin
        mismatch("extra ADC beat", beat, BeatsPerImage);
      end else if (obs_adc_codes_o !== beats[image * BeatsPerImage + beat]) begin
        for (int n = 0; n < Adcs; n++) begin
          if (obs_adc_codes_o[n * AdcBits +: AdcBits]
              !== beats[image * BeatsPerImage + beat][n * AdcBits +: AdcBits]) begin
            $display("MISMATCH image %0d beat %0d ADC %0d: got %0d expected %0d", image, beat, n,
                     $signed(obs_adc_codes_o[n * AdcBits +: AdcBits]),
                     $signed(beats[image * BeatsPerImage + beat][n * AdcBits +: AdcBits]));
          end
        end
        mismatches++;
      end
      beat++;
    end
    if (image >= 0 && obs_act_valid_o) begin
      if (act >= ActsPerImage) begin
        mismatch("extra output beat", act, ActsPerImage);
      end else if (obs_act_value_o !== acts[image * ActsPerImage + act]) begin
        $display("MISMATCH image %0d layer %0d output %0d: got %0d expected %0d", image,
                 obs_act_layer_o, obs_act_index_o, sext_act(obs_act_value_o),
                 sext_act(acts[image * ActsPerImage + act]));
        mismatches++;
      end
      act++;
    end
    if (image >= 0 && obs_class_valid_o) begin
      class_beats++;
      if (obs_class_o !== classes[image]) mismatch("class", obs_class_o, classes[image]);
    end
  end

  // ----------------------------------------------------------------------------------------
  // APB driver: setup phase, then access phase until pready_o
  // ----------------------------------------------------------------------------------------
  task automatic apb(input logic write, input logic [11:0] addr, input logic [31:0] data,
                     output logic [31:0] rdata);
    @(negedge clk_i);
    psel_i = 1'b1;
    penable_i = 1'b0;
    pwrite_i = write;
    paddr_i = addr;
    pwdata_i = data;
    @(negedge clk_i);
    penable_i = 1'b1;
    while (!pready_o) @(negedge clk_i);
    rdata = prdata_o;
    @(posedge clk_i);
    #1;
    psel_i = 1'b0;
    penable_i = 1'b0;
    pwrite_i = 1'b0;
  endtask

  task automatic apb_write(input logic [11:0] addr, input logic [31:0] data);
    logic [31:0] unused;
    apb(1'b1, addr, data, unused);
  endtask

  task automatic apb_read(input logic [11:0] addr, output logic [31:0] data);
    apb(1'b0, addr, 32'h0, data);
  endtask

  // ----------------------------------------------------------------------------------------
  // Test sequence: images back to back, no reset in between
  // ----------------------------------------------------------------------------------------
  initial begin
    int passed;
    int failed;
    int earlier_mismatches;
    logic [31:0] result;
    longint waited;
    passed = 0;
    failed = 0;
    repeat (4) @(posedge clk_i);
    rst_ni = 1'b1;
    apb_write(RegIrqEnable, IrqInfer);
    for (int n = 0; n < RunImages; n++) begin
      earlier_mismatches = mismatches;
      image = n;
      beat = 0;
      act = 0;
      class_beats = 0;
      apb_write(RegInputAddr, 32'h0);
      for (int w = 0; w < InputWords; w++) apb_write(RegInputData, inputs[n * InputWords + w]);
      apb_write(RegCtrl, CtrlStartInfer);
      waited = 0;
      while (!irq_o && waited < TimeoutCycles) begin
        @(posedge clk_i);
        waited++;
      end
      if (!irq_o) begin
        $display("TIMEOUT image %0d: no interrupt within %0d cycles, %0d ADC beats seen", n,
                 TimeoutCycles, beat);
        $display("%0d passed, %0d failed", passed, failed + 1);
        $finish;
      end
      apb_read(RegResult, result);
      if (result[ClassBits-1:0] !== classes[n]) mismatch("RESULT register", result, classes[n]);
      apb_write(RegIrqStatus, IrqInfer);
      if (beat != BeatsPerImage) mismatch("ADC beats", beat, BeatsPerImage);
      if (act != ActsPerImage) mismatch("output beats", act, ActsPerImage);
      if (class_beats != 1) mismatch("class beats", class_beats, 1);
      if (mismatches == earlier_mismatches) passed++;
      else failed++;
    end
    $display("%0d passed, %0d failed", passed, failed);
    $finish;
  end
endmodule
