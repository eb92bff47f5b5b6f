#include "vector_files.h"

#include <fstream>

#include "bit_field.h"
#include "crossbar_model.h"

namespace cimtb {

namespace {

std::string CountProblem(const std::string& path, size_t lines, const char* unit,
                         size_t per_unit) {
  return path + ": " + std::to_string(lines) + " lines are not a whole number of " + unit +
         " of " + std::to_string(per_unit) + " lines; regenerate the vectors for this design";
}

}  // namespace

std::string ReadHexLines(const std::string& path, std::vector<uint64_t>* out) {
  std::ifstream in(path);
  if (!in) return "cannot read " + path + "; run 'cimc vectors' for the design first";
  out->clear();
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line.size() > 16) {
      return path + ":" + std::to_string(number) + ": expected 1 to 16 hex digits, found '" +
             line + "'";
    }
    uint64_t value = 0;
    for (char c : line) {
      int digit = -1;
      if (c >= '0' && c <= '9') digit = c - '0';
      if (c >= 'a' && c <= 'f') digit = c - 'a' + 10;
      if (c >= 'A' && c <= 'F') digit = c - 'A' + 10;
      if (digit < 0) {
        return path + ":" + std::to_string(number) + ": invalid hex digit in '" + line + "'";
      }
      value = (value << 4) | static_cast<uint64_t>(digit);
    }
    out->push_back(value);
  }
  return "";
}

std::string ReadImageVectors(const std::string& dir, const DesignConfig& config, int limit,
                             std::vector<ImageVectors>* out) {
  std::vector<uint64_t> inputs, beats, acts, classes;
  for (auto& [name, lines] : {std::make_pair("inputs.hex", &inputs),
                              std::make_pair("adc_codes.hex", &beats),
                              std::make_pair("activations.hex", &acts),
                              std::make_pair("classes.hex", &classes)}) {
    std::string problem = ReadHexLines(dir + "/" + name, lines);
    if (!problem.empty()) return problem;
  }
  const size_t images = classes.size();
  const size_t words = (config.layers[0].inputs + 31) / 32;
  size_t beats_per_image = 0;
  size_t acts_per_image = 0;
  for (int l = 0; l < static_cast<int>(config.layers.size()); ++l) {
    acts_per_image += config.layers[l].outputs;
    for (int ct = 0; ct < config.ColTiles(l); ++ct) {
      beats_per_image += static_cast<size_t>(config.RowTiles(l)) * config.layers[l].input_bits *
                         config.GroupsUsed(l, ct);
    }
  }
  if (inputs.size() != images * words) {
    return CountProblem(dir + "/inputs.hex", inputs.size(), "images", words);
  }
  if (beats.size() != images * beats_per_image) {
    return CountProblem(dir + "/adc_codes.hex", beats.size(), "images", beats_per_image);
  }
  if (acts.size() != images * acts_per_image) {
    return CountProblem(dir + "/activations.hex", acts.size(), "images", acts_per_image);
  }
  const size_t keep = limit > 0 ? std::min(images, static_cast<size_t>(limit)) : images;
  out->assign(keep, ImageVectors{});
  for (size_t n = 0; n < keep; ++n) {
    ImageVectors& image = (*out)[n];
    image.image = static_cast<int>(n);
    image.input_bits.resize(config.layers[0].inputs);
    for (int i = 0; i < config.layers[0].inputs; ++i) {
      image.input_bits[i] = (inputs[n * words + i / 32] >> (i % 32)) & 1;
    }
    image.adc_beats.resize(beats_per_image);
    for (size_t b = 0; b < beats_per_image; ++b) {
      const uint64_t raw = beats[n * beats_per_image + b];
      image.adc_beats[b].resize(config.adcs);
      for (int a = 0; a < config.adcs; ++a) {
        image.adc_beats[b][a] = static_cast<int>(
            SignExtend(Field(raw, a * config.adc_bits, config.adc_bits), config.adc_bits));
      }
    }
    size_t at = n * acts_per_image;
    image.outputs.resize(config.layers.size());
    for (size_t l = 0; l < config.layers.size(); ++l) {
      for (int o = 0; o < config.layers[l].outputs; ++o) {
        image.outputs[l].push_back(SignExtend(acts[at++], config.act_width));
      }
    }
    image.predicted = static_cast<int>(classes[n]);
  }
  return "";
}

std::string ReadCellTraces(const std::string& dir, int amp_bits, std::vector<CellTrace>* out) {
  std::vector<uint64_t> jobs, reads, pulses;
  for (auto& [name, lines] : {std::make_pair("prog_jobs.hex", &jobs),
                              std::make_pair("prog_reads.hex", &reads),
                              std::make_pair("prog_pulses.hex", &pulses)}) {
    std::string problem = ReadHexLines(dir + "/" + name, lines);
    if (!problem.empty()) return problem;
  }
  constexpr size_t kJobWords = 10;
  if (jobs.size() % kJobWords != 0) {
    return CountProblem(dir + "/prog_jobs.hex", jobs.size(), "jobs", kJobWords);
  }
  out->assign(jobs.size() / kJobWords, CellTrace{});
  for (size_t j = 0; j < out->size(); ++j) {
    const uint64_t* w = &jobs[j * kJobWords];
    CellTrace& t = (*out)[j];
    t.array = static_cast<int>(w[0]);
    t.row = static_cast<int>(w[1]);
    t.col = static_cast<int>(w[2]);
    t.lo = static_cast<int>(w[3]);
    t.hi = static_cast<int>(w[4]);
    const size_t n = w[5];
    t.pass = w[6] == 1;
    t.final_code = static_cast<int>(w[7]);
    if (w[8] + n + 1 > reads.size() || w[9] + n > pulses.size()) {
      return dir + "/prog_jobs.hex: job " + std::to_string(j) +
             " points past the end of prog_reads.hex or prog_pulses.hex";
    }
    for (size_t k = 0; k <= n; ++k) t.reads.push_back(static_cast<int>(reads[w[8] + k]));
    for (size_t k = 0; k < n; ++k) {
      const uint64_t line = pulses[w[9] + k];
      Pulse p;
      p.polarity = ((line >> amp_bits) & 1) != 0 ? Polarity::kSet : Polarity::kReset;
      p.amplitude = static_cast<int>(line & ((uint64_t{1} << amp_bits) - 1));
      t.pulses.push_back(p);
    }
  }
  return "";
}

std::string ReadCells(const std::string& dir, const DesignConfig& config,
                      std::vector<std::vector<int>>* out) {
  std::vector<uint64_t> lines;
  std::string problem = ReadHexLines(dir + "/cells.hex", &lines);
  if (!problem.empty()) return problem;
  const size_t per_array = static_cast<size_t>(config.rows) * config.cols;
  const size_t arrays = static_cast<size_t>(config.ArrayCount());
  if (lines.size() != arrays * per_array) {
    return dir + "/cells.hex: expected " + std::to_string(arrays * per_array) + " lines, found " +
           std::to_string(lines.size());
  }
  out->assign(arrays, std::vector<int>(per_array));
  for (size_t i = 0; i < lines.size(); ++i) {
    (*out)[i / per_array][i % per_array] = static_cast<int>(lines[i]);
  }
  return "";
}

std::string LoadCells(const DesignConfig& design, const std::string& vectors_dir,
                      CrossbarModel* crossbar) {
  std::vector<std::vector<int>> cells;
  std::string problem = ReadCells(vectors_dir, design, &cells);
  if (!problem.empty()) return problem;
  if (design.design_dir.empty()) {
    crossbar->SetCells(std::move(cells));
    return "";
  }
  problem = crossbar->Load();
  if (!problem.empty()) return problem;
  for (size_t a = 0; a < cells.size(); ++a) {
    for (size_t i = 0; i < cells[a].size(); ++i) {
      const int map_code = crossbar->Cell(static_cast<int>(a), static_cast<int>(i) / design.cols,
                                          static_cast<int>(i) % design.cols);
      if (cells[a][i] != map_code) {
        return vectors_dir + "/cells.hex differs from the design's maps at array " +
               std::to_string(a) + " cell " + std::to_string(i) +
               "; regenerate the vectors with 'cimc vectors'";
      }
    }
  }
  return "";
}

}  // namespace cimtb
