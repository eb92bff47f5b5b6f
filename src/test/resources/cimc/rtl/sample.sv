// Sample design for the Verilog writer tests.

// Inverts a vector bit by bit.
module smp_inv #(
  // Bits of the vector.
  parameter int Width = 4
) (
  // Data
  input  logic [Width - 1:0] a_i,
  output logic [Width - 1:0] y_o
);

  //////////////
  // Datapath //
  //////////////
  for (genvar b = 0; b < Width; b++) begin : gen_bit
    assign y_o[b] = ~a_i[b];
  end

endmodule

// Accumulates the inverted input while start is high.
module smp_acc (
  // Clock and reset
  input  logic              clk_i,
  input  logic              rst_ni,

  // Control
  input  logic              start_i,
  input  logic [3:0]        data_i,
  output logic              busy_o,

  // Result
  output logic [7:0]        acc_o,
  output logic signed [7:0] shift_o
);

  //////////////////////
  // Local parameters //
  //////////////////////
  // Signed step added by the shifter path.
  localparam logic signed [3:0] Step = -4'sd3;

  ///////////////
  // Registers //
  ///////////////
  logic [7:0] acc_d, acc_q;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      acc_q <= 8'd0;
    end else begin
      acc_q <= acc_d;
    end
  end

  //////////////
  // Datapath //
  //////////////
  logic [3:0] inv_y;

  smp_inv #(
    .Width(4)
  ) u_inv (
    .a_i(data_i),
    .y_o(inv_y)
  );

  assign acc_o = acc_q;
  assign shift_o = ($signed(acc_q) >>> 2'd1) + $signed({{4{Step[3]}}, Step});

  ///////////////////
  // State machine //
  ///////////////////
  // Accumulator states.
  typedef enum logic [1:0] {
    StIdle = 2'd0,
    StRun = 2'd1,
    StDone = 2'd2
  } state_e;

  state_e state_d, state_q;
  assign busy_o = state_q == StRun;

  always_comb begin
    state_d = state_q;
    acc_d = acc_q;
    case (state_q)
      StIdle: begin
        if (start_i) begin
          state_d = StRun;
          acc_d = 8'd0;
        end
      end
      StRun: begin
        acc_d = acc_q + {{4{inv_y[3]}}, inv_y};
        if (!start_i) begin
          state_d = StDone;
        end else begin
          // Keep accumulating while start is high.
        end
      end
      StDone: begin
        state_d = StIdle;
      end
      default: begin
        state_d = StIdle;
      end
    endcase
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q <= StIdle;
    end else begin
      state_q <= state_d;
    end
  end

  ////////////////
  // Assertions //
  ////////////////
`ifndef SYNTHESIS
  always @(posedge clk_i) begin : StateValid_A
    if (rst_ni) begin
      assert (state_q != 2'd3) else $error("StateValid_A: state_q left the state set");
    end
  end
`endif  // SYNTHESIS

endmodule

// Delays the input by two cycles, inverted when its parity is even.
module smp_hist (
  // Clock and reset
  input  logic       clk_i,
  input  logic       rst_ni,

  // Data
  input  logic [3:0] a_i,
  output logic       par_o,
  output logic [3:0] last_o
);

  ///////////////
  // Registers //
  ///////////////
  // Input history.
  logic [3:0] hist_q [2];

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      for (int i = 0; i < 2; i++) begin
        hist_q[i] <= 4'h0;
      end
    end else begin
      hist_q[0] <= a_i;
      hist_q[1] <= hist_q[0];
    end
  end

  //////////////
  // Datapath //
  //////////////
  logic [3:0] rev;

  always_comb begin
    for (int i = 0; i < 4; i++) begin
      rev[i] = a_i[3 - i];
    end
  end

  assign par_o = ^rev;
  assign last_o = par_o ? hist_q[1] : $unsigned(~hist_q[1]);

endmodule
