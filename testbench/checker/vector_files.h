// Reader of a golden vector folder written by `cimc vectors`: plain $readmemh files with one
// fixed-width hexadecimal value per line, signed values in two's complement.

#ifndef CIMC_TESTBENCH_CHECKER_VECTOR_FILES_H_
#define CIMC_TESTBENCH_CHECKER_VECTOR_FILES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "design_config.h"
#include "vectors.h"

namespace cimtb {

// Reads every line of a $readmemh file as an unsigned value of at most 64 bits. Returns "" or
// the problem with the file and line.
std::string ReadHexLines(const std::string& path, std::vector<uint64_t>* out);

// Reads inputs.hex, adc_codes.hex, activations.hex and classes.hex of `dir`. `limit` > 0 keeps
// the first `limit` images. Every per-image count is derived from `config` and must divide the
// file's line count exactly.
std::string ReadImageVectors(const std::string& dir, const DesignConfig& config, int limit,
                             std::vector<ImageVectors>* out);

// Reads prog_jobs.hex, prog_reads.hex and prog_pulses.hex of `dir`; a pulse line holds SET (1)
// or RESET (0) in bit `amp_bits` and the amplitude below it.
std::string ReadCellTraces(const std::string& dir, int amp_bits, std::vector<CellTrace>* out);

// Reads cells.hex of `dir`: arrays x rows x cols conductance codes.
std::string ReadCells(const std::string& dir, const DesignConfig& config,
                      std::vector<std::vector<int>>* out);

class CrossbarModel;

// Loads the as-programmed codes into the crossbar model: from the design's maps when
// design.design_dir is set, else from the vectors' cells.hex. Both must agree when both exist,
// because vectors made from another compile of the design are stale.
std::string LoadCells(const DesignConfig& design, const std::string& vectors_dir,
                      CrossbarModel* crossbar);

}  // namespace cimtb

#endif  // CIMC_TESTBENCH_CHECKER_VECTOR_FILES_H_
