#include "input.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <boost/iostreams/filter/bzip2.hpp>
#include <boost/iostreams/filter/gzip.hpp>
#include <boost/iostreams/filter/lzma.hpp>
#include <boost/iostreams/filtering_stream.hpp>
#include <cerrno>
#include <cstring>
#include <istream>
#include <vector>
#include <zstd.h>

#include "output.hpp"

namespace db9 {

namespace {

namespace bio = boost::iostreams;

// A file descriptor that first replays the bytes already peeked from it.
struct RawFd {
  int fd = -1;
  bool owned = false;
  std::string name;
  std::vector<char> head;
  size_t head_pos = 0;
  uint64_t raw = 0;

  ~RawFd() {
    if (owned && fd >= 0) ::close(fd);
  }
  size_t read(char* dst, size_t n) {
    if (head_pos < head.size()) {
      size_t k = std::min(n, head.size() - head_pos);
      std::memcpy(dst, head.data() + head_pos, k);
      head_pos += k;
      return k;
    }
    for (;;) {
      ssize_t r = ::read(fd, dst, n);
      if (r >= 0) {
        raw += static_cast<uint64_t>(r);
        return static_cast<size_t>(r);
      }
      if (errno == EINTR) continue;
      throw InputError(name + ": read error: " + std::strerror(errno));
    }
  }
};

// Boost.Iostreams source over RawFd.
class FdSource {
 public:
  typedef char char_type;
  typedef bio::source_tag category;
  explicit FdSource(std::shared_ptr<RawFd> fd) : fd_(std::move(fd)) {}
  std::streamsize read(char* s, std::streamsize n) {
    size_t r = fd_->read(s, static_cast<size_t>(n));
    return r == 0 ? -1 : static_cast<std::streamsize>(r);
  }

 private:
  std::shared_ptr<RawFd> fd_;
};

// zstd through libzstd's streaming API. Boost 1.74's zstd_decompressor ends
// quietly when the input stops in the middle of a frame; this one knows
// whether the last frame was complete and says so.
class ZstdDecompressor {
 public:
  typedef char char_type;
  struct category : bio::multichar_input_filter_tag, bio::closable_tag {};

  ZstdDecompressor() : ctx_(ZSTD_createDStream(), ZSTD_freeDStream), in_(ZSTD_DStreamInSize()) {
    ZSTD_initDStream(ctx_.get());
  }

  template <typename Source>
  std::streamsize read(Source& src, char* s, std::streamsize n) {
    ZSTD_outBuffer out{s, static_cast<size_t>(n), 0};
    while (out.pos < out.size) {
      if (pos_ == len_) {
        if (eof_) break;
        std::streamsize got = bio::read(src, in_.data(), static_cast<std::streamsize>(in_.size()));
        if (got < 0) {
          eof_ = true;
          break;
        }
        pos_ = 0;
        len_ = static_cast<size_t>(got);
        if (got == 0) continue;
      }
      ZSTD_inBuffer in{in_.data(), len_, pos_};
      size_t r = ZSTD_decompressStream(ctx_.get(), &out, &in);
      pos_ = in.pos;
      if (ZSTD_isError(r)) throw std::ios_base::failure(ZSTD_getErrorName(r));
      frame_done_ = r == 0;
    }
    // Input is only opened as zstd after its magic bytes: a frame began.
    if (eof_ && pos_ == len_ && !frame_done_) throw std::ios_base::failure("the data ends inside a zstd frame");
    return out.pos == 0 && eof_ ? -1 : static_cast<std::streamsize>(out.pos);
  }

  template <typename Source>
  void close(Source&) {}

 private:
  std::shared_ptr<ZSTD_DStream> ctx_;
  std::vector<char> in_;
  size_t pos_ = 0, len_ = 0;
  bool eof_ = false;
  bool frame_done_ = false;  // the last ZSTD_decompressStream ended a frame
};

std::string convert_hint(const std::string& name) {
  std::string file = name == "<stdin>" ? "FILE" : name;
  return "db9-sanitize reads plain SQL; convert it first:  pg_restore -f - " + file + " | db9-sanitize";
}

// Refuse what is not a plain SQL script, by its first bytes.
void check_not_archive(const std::string& name, const char* p, size_t n, const char* inside) {
  std::string where = inside ? std::string(" (inside ") + inside + ")" : "";
  if (n >= 5 && std::memcmp(p, "PGDMP", 5) == 0)
    throw InputError(name + ": this is a pg_dump custom-format archive" + where + ", not SQL. " +
                     convert_hint(name));
  if (n >= 262 && std::memcmp(p + 257, "ustar", 5) == 0)
    throw InputError(name + ": this is a tar archive" + where + " (pg_dump -Ft?), not SQL. " + convert_hint(name));
}

class PlainFile : public InputFile {
 public:
  PlainFile(std::shared_ptr<RawFd> fd) : fd_(std::move(fd)) { name_ = fd_->name; }
  size_t read(char* dst, size_t n) override { return fd_->read(dst, n); }
  uint64_t raw_bytes() const override { return fd_->raw; }

 private:
  std::shared_ptr<RawFd> fd_;
};

class CompressedFile : public InputFile {
 public:
  CompressedFile(std::shared_ptr<RawFd> fd, const std::string& kind) : fd_(fd) {
    name_ = fd->name;
    compression_ = kind;
    if (kind == "gzip") in_.push(bio::gzip_decompressor());
    else if (kind == "zstd") in_.push(ZstdDecompressor());
    else if (kind == "bzip2") in_.push(bio::bzip2_decompressor());
    else in_.push(bio::lzma_decompressor());
    in_.push(FdSource(fd));
    in_.exceptions(std::ios::badbit);
  }
  size_t read(char* dst, size_t n) override {
    size_t got = 0;
    try {
      in_.read(dst, static_cast<std::streamsize>(n));
      got = static_cast<size_t>(in_.gcount());
    } catch (const InputError&) {
      throw;
    } catch (const std::exception& e) {
      std::string why = e.what();
      const std::string noise = ": iostream error";
      if (why.size() > noise.size() && why.compare(why.size() - noise.size(), noise.size(), noise) == 0)
        why.resize(why.size() - noise.size());
      throw InputError(name_ + ": corrupt or truncated " + compression_ + " data (" + why + ")");
    }
    if (!first_checked_) {
      first_checked_ = true;
      check_not_archive(name_, dst, got, compression_.c_str());
    }
    if (got == 0 && !in_.eof()) throw InputError(name_ + ": " + compression_ + " stream ended unexpectedly");
    return got;
  }
  uint64_t raw_bytes() const override { return fd_->raw; }

 private:
  std::shared_ptr<RawFd> fd_;
  bio::filtering_istream in_;
  bool first_checked_ = false;
};

}  // namespace

std::unique_ptr<InputFile> InputFile::open(const std::string& path) {
  auto fd = std::make_shared<RawFd>();
  if (path == "-") {
    fd->fd = STDIN_FILENO;
    fd->name = "<stdin>";
    enlarge_pipe(STDIN_FILENO);
  } else {
    fd->name = path;
    struct stat st;
    if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
      throw InputError(path + ": is a directory (a pg_dump -Fd archive?), not SQL. " + convert_hint(path));
    fd->fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd->fd < 0) throw InputError(path + ": cannot open: " + std::strerror(errno));
    fd->owned = true;
#ifdef POSIX_FADV_SEQUENTIAL
    (void)::posix_fadvise(fd->fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
  }
  // Peek at the first bytes (a pipe may deliver them in pieces).
  std::vector<char> head(512);
  size_t have = 0;
  while (have < head.size()) {
    size_t r = fd->read(head.data() + have, head.size() - have);
    if (r == 0) break;
    have += r;
  }
  head.resize(have);
  fd->head = std::move(head);
  fd->head_pos = 0;
  const auto* h = reinterpret_cast<const unsigned char*>(fd->head.data());
  std::string kind;
  if (have >= 2 && h[0] == 0x1f && h[1] == 0x8b) kind = "gzip";
  else if (have >= 4 && h[0] == 0x28 && h[1] == 0xb5 && h[2] == 0x2f && h[3] == 0xfd) kind = "zstd";
  else if (have >= 3 && h[0] == 'B' && h[1] == 'Z' && h[2] == 'h') kind = "bzip2";
  else if (have >= 6 && std::memcmp(h, "\xfd" "7zXZ\0", 6) == 0) kind = "xz";
  if (kind.empty()) {
    check_not_archive(fd->name, fd->head.data(), have, nullptr);
    return std::make_unique<PlainFile>(fd);
  }
  return std::make_unique<CompressedFile>(fd, kind);
}

}  // namespace db9
