// --progress: one live line on stderr (bytes read, MB/s, percent when the
// input's size is known, the current table), redrawn a few times a second,
// only when stderr is a terminal.
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "diagnostics.hpp"

namespace db9 {

class Progress {
 public:
  // total: the inputs' size in bytes as read from disk (0: unknown, e.g. stdin).
  Progress(std::FILE* out, uint64_t total);
  ~Progress();
  // After a read: bytes of the current file read so far, SQL bytes so far
  // (after decompression), the table whose COPY data is (or was last) read.
  void update(uint64_t file_raw, uint64_t sql_bytes, const std::string& table);
  void file_done(uint64_t file_raw);
  // Erase the line (before a diagnostic is written under it, and at the end).
  void clear();
  // The line as it would be drawn (tests).
  std::string render(uint64_t raw, uint64_t sql_bytes, double seconds, const std::string& table) const;

 private:
  std::FILE* out_;
  uint64_t total_;
  uint64_t done_raw_ = 0;  // files finished
  bool shown_ = false;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

// The inputs' total size when every one is a regular file, else 0.
uint64_t input_size(const std::vector<std::string>& inputs);

// A writer that erases the progress line before each diagnostic.
std::unique_ptr<DiagnosticWriter> under_progress(std::unique_ptr<DiagnosticWriter> inner, Progress& progress);

}  // namespace db9
