// Input: files (or stdin, "-") read in order as one stream. gzip, zstd,
// bzip2 and xz are recognised by their magic bytes and decompressed with
// Boost.Iostreams; pg_dump archives that are not plain SQL are refused with
// the command that converts them.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>

namespace db9 {

struct InputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class InputFile {
 public:
  virtual ~InputFile() = default;
  // "-" is stdin.
  static std::unique_ptr<InputFile> open(const std::string& path);
  // Up to n bytes; 0 at the end. Throws InputError (truncated or corrupt
  // compressed data, read errors).
  virtual size_t read(char* dst, size_t n) = 0;
  const std::string& name() const { return name_; }
  // "gzip", "zstd", "bzip2", "xz" or "" (plain).
  const std::string& compression() const { return compression_; }
  // Bytes read from the file itself (compressed size for compressed input).
  virtual uint64_t raw_bytes() const = 0;

 protected:
  std::string name_;
  std::string compression_;
};

}  // namespace db9
