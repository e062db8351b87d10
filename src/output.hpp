// Output: stdout, or a file written atomically (a temporary file beside it,
// renamed into place only when everything was written; removed otherwise).
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace db9 {

struct IoError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Output {
 public:
  // path "" or "-" is stdout.
  explicit Output(const std::string& path);
  // Into memory (tests and fuzzing harnesses).
  explicit Output(std::string* memory);
  ~Output();
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;

  void write(std::string_view bytes);
  // Flush, and for a file: fsync and rename into place.
  void commit();
  // Give up: remove the temporary file (nothing half-written is left).
  void abandon();
  uint64_t bytes_written() const { return bytes_; }
  const std::string& name() const { return display_; }


 private:
  void flush();
  void write_fd(const char* p, size_t n);

  int fd_ = -1;
  std::string path_;        // final path ("" for stdout)
  std::string tmp_path_;    // temporary file while writing
  std::string display_;
  std::string* memory_ = nullptr;
  std::vector<char> buf_;
  size_t used_ = 0;
  uint64_t bytes_ = 0;
  bool done_ = false;
};

// Raise a pipe's buffer (stdin/stdout) to 1 MiB: far fewer context switches.
void enlarge_pipe(int fd);

// Remove the temporary output file from a signal handler.
void remove_temporary_output_on_signal();

}  // namespace db9
