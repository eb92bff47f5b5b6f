// Expected text of cim_sar for 3-bit ADCs.

// Successive-approximation register logic of one ADC.
module cim_sar (
  // Clock and reset
  input  logic       clk_i,
  input  logic       rst_ni,

  // Control: start begins a conversion, done marks the final code
  input  logic       start_i,
  output logic       done_o,

  // Converter: trial code out, comparator answer in
  output logic [2:0] dac_o,
  input  logic       cmp_i,

  // Result: offset-binary code, valid while done_o is high
  output logic [2:0] code_o
);

  ///////////////
  // Registers //
  ///////////////
  logic [2:0] code_d, code_q, mask_d, mask_q, dac_d, dac_q;
  logic done_d, done_q;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      code_q <= 3'd0;
      mask_q <= 3'd0;
      dac_q <= 3'd0;
      done_q <= 1'b0;
    end else begin
      code_q <= code_d;
      mask_q <= mask_d;
      dac_q <= dac_d;
      done_q <= done_d;
    end
  end

  //////////////
  // Datapath //
  //////////////
  // The code with the current trial bit kept or dropped; the always_comb below reads no variable it
  // writes.
  logic [2:0] code_kept;
  assign code_kept = cmp_i ? code_q | mask_q : code_q;

  always_comb begin
    code_d = code_q;
    mask_d = mask_q;
    dac_d = dac_q;
    done_d = 1'b0;
    if (start_i) begin
      code_d = 3'd0;
      mask_d = 3'd4;
      dac_d = 3'd4;
    end else if (mask_q != 3'd0) begin
      code_d = code_kept;
      mask_d = mask_q >> 1;
      dac_d = code_kept | mask_q >> 1;
      done_d = mask_q == 3'd1;
    end
  end

  assign dac_o = dac_q;
  assign code_o = code_q;
  assign done_o = done_q;

  ////////////////
  // Assertions //
  ////////////////
`ifndef SYNTHESIS
  always @(posedge clk_i) begin : SarMaskOneHot_A
    if (rst_ni) begin
      assert ((mask_q & mask_q - 3'd1) == 3'd0)
        else $error("SarMaskOneHot_A: the trial mask must hold at most one bit");
    end
  end
`endif  // SYNTHESIS

endmodule
