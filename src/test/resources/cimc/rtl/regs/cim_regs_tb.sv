// Self-checking Icarus testbench of the default cim_regs APB register block (4 layers). It
// drives APB transfers, counts mismatches, prints one line per mismatch and ends with
// "PASS" or "FAIL <count>".
`timescale 1ns / 1ps
module cim_regs_tb;
  // Clock, reset and APB
  logic clk_i = 1'b0;
  logic rst_ni = 1'b0;
  logic psel_i = 1'b0;
  logic penable_i = 1'b0;
  logic pwrite_i = 1'b0;
  logic [7:0] paddr_i = 8'h00;
  logic [31:0] pwdata_i = 32'h00000000;
  logic [31:0] prdata_o;
  logic pready_o, pslverr_o;

  // Register ports, connected by name
  logic ctrl_enable_o;
  logic [1:0] ctrl_mode_o;
  logic start_start_o, start_push_o;
  logic status_busy_i = 1'b0, status_done_i = 1'b0;
  logic status_fifo_full_i = 1'b0, status_fifo_empty_i = 1'b0;
  logic irq_enable_done_o, irq_enable_error_o;
  logic irq_status_done_set_i = 1'b0, irq_status_error_set_i = 1'b0;
  logic irq_status_done_o, irq_status_error_o;
  logic [3:0] layer_count_count_o;
  logic [11:0] adc_step_l0_step_o, adc_step_l1_step_o, adc_step_l2_step_o, adc_step_l3_step_o;
  logic [5:0] prog_addr_col_o, prog_addr_row_o;
  logic [7:0] prog_addr_tile_o;
  logic prog_addr_push_o;
  logic [7:0] prog_window_low_o, prog_window_high_o;
  logic prog_window_push_o;
  logic prog_job_polarity_o;
  logic [1:0] prog_job_kind_o;
  logic prog_job_push_o;
  logic [7:0] pulse_set_start_o, pulse_set_step_o, pulse_set_max_o;
  logic [7:0] pulse_reset_start_o, pulse_reset_step_o, pulse_reset_max_o;
  logic [7:0] pulse_timing_width_o, pulse_timing_budget_o;
  logic [31:0] prog_pulses_count_i = 32'h00000000;
  logic [15:0] prog_failed_count_i = 16'h0000;
  logic [3:0] result_class_id_i = 4'h0;
  logic result_valid_i = 1'b0;

  cim_regs dut (.*);

  always #5 clk_i = ~clk_i;

  int errors = 0;
  int cycle = 0;
  int pushes = 0;
  always @(posedge clk_i) begin
    cycle <= cycle + 1;
    if (prog_addr_push_o) pushes <= pushes + 1;
  end

  task automatic expect_eq(input string what, input logic [31:0] got,
                           input logic [31:0] expected);
    if (got !== expected) begin
      $display("cycle %0d: MISMATCH %s: got 0x%08h expected 0x%08h", cycle, what, got,
               expected);
      errors++;
    end
  endtask

  // One APB write: setup phase, access phase, then idle; checks PSLVERR.
  task automatic apb_write(input logic [7:0] addr, input logic [31:0] data,
                           input logic expect_error);
    @(negedge clk_i);
    psel_i = 1'b1; pwrite_i = 1'b1; paddr_i = addr; pwdata_i = data; penable_i = 1'b0;
    @(negedge clk_i);
    penable_i = 1'b1;
    #1 expect_eq($sformatf("pslverr of write 0x%02h", addr), pslverr_o, expect_error);
    expect_eq("pready", pready_o, 1'b1);
    @(negedge clk_i);
    psel_i = 1'b0; penable_i = 1'b0; pwrite_i = 1'b0;
  endtask

  // One APB read; checks the data and PSLVERR in the access phase.
  task automatic apb_read(input logic [7:0] addr, input logic [31:0] expected,
                          input logic expect_error);
    @(negedge clk_i);
    psel_i = 1'b1; pwrite_i = 1'b0; paddr_i = addr; penable_i = 1'b0;
    @(negedge clk_i);
    penable_i = 1'b1;
    #1 expect_eq($sformatf("pslverr of read 0x%02h", addr), pslverr_o, expect_error);
    if (!expect_error) expect_eq($sformatf("read 0x%02h", addr), prdata_o, expected);
    @(negedge clk_i);
    psel_i = 1'b0; penable_i = 1'b0;
  endtask

  initial begin
    repeat (2) @(negedge clk_i);
    rst_ni = 1'b1;

    // Reset values.
    apb_read(8'h00, 32'h00000000, 1'b0);
    apb_read(8'h14, 32'h00000001, 1'b0);
    apb_read(8'h20, 32'h00000001, 1'b0);
    apb_read(8'h50, 32'h00ff0100, 1'b0);
    apb_read(8'h58, 32'h0000200a, 1'b0);
    apb_read(8'hfc, 32'h434d0100, 1'b0);

    // RW keeps only field bits and drives the field outputs.
    apb_write(8'h00, 32'hffffffff, 1'b0);
    apb_read(8'h00, 32'h00000007, 1'b0);
    expect_eq("ctrl_enable_o", ctrl_enable_o, 1'b1);
    expect_eq("ctrl_mode_o", ctrl_mode_o, 2'd3);
    apb_write(8'h2c, 32'h00000abc, 1'b0);
    apb_read(8'h2c, 32'h00000abc, 1'b0);
    expect_eq("adc_step_l3_step_o", adc_step_l3_step_o, 12'habc);

    // RO reads the hardware inputs and rejects writes.
    status_busy_i = 1'b1; status_fifo_empty_i = 1'b1;
    prog_pulses_count_i = 32'hdeadbeef;
    result_class_id_i = 4'd7; result_valid_i = 1'b1;
    apb_read(8'h08, 32'h00000009, 1'b0);
    apb_read(8'h60, 32'hdeadbeef, 1'b0);
    apb_read(8'h68, 32'h80000007, 1'b0);
    apb_write(8'h08, 32'h0000000f, 1'b1);
    apb_write(8'hfc, 32'h00000000, 1'b1);
    apb_read(8'hfc, 32'h434d0100, 1'b0);

    // W1C: hardware sets, writing 1 clears, writing 0 keeps.
    @(negedge clk_i) irq_status_done_set_i = 1'b1;
    @(negedge clk_i) irq_status_done_set_i = 1'b0;
    apb_read(8'h10, 32'h00000001, 1'b0);
    apb_write(8'h10, 32'h00000002, 1'b0);
    apb_read(8'h10, 32'h00000001, 1'b0);
    expect_eq("irq_status_done_o", irq_status_done_o, 1'b1);
    apb_write(8'h10, 32'h00000001, 1'b0);
    apb_read(8'h10, 32'h00000000, 1'b0);

    // WO_PUSH stores the fields, pulses push once per write and reads as 0.
    apb_write(8'h40, 32'h0002b0c5, 1'b0);
    expect_eq("prog_addr_col_o", prog_addr_col_o, 6'h05);
    expect_eq("prog_addr_row_o", prog_addr_row_o, 6'h03);
    expect_eq("prog_addr_tile_o", prog_addr_tile_o, 8'h2b);
    apb_write(8'h40, 32'h00000001, 1'b0);
    apb_read(8'h40, 32'h00000000, 1'b0);
    expect_eq("prog_addr pushes", pushes, 2);

    // Unmapped and unaligned addresses raise PSLVERR.
    apb_read(8'h80, 32'h00000000, 1'b1);
    apb_write(8'h01, 32'h00000001, 1'b1);
    apb_read(8'h00, 32'h00000007, 1'b0);

    if (errors == 0) begin
      $display("PASS");
    end else begin
      $display("FAIL %0d", errors);
    end
    $finish;
  end

  initial begin
    #100000 $display("FAIL timeout");
    $finish;
  end
endmodule
