#include "output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace db9 {

namespace {
constexpr size_t kBufferSize = 1 << 20;
constexpr size_t kDirectWrite = 1 << 16;  // larger pieces skip the buffer

// The temporary file's path, for the signal handler.
char g_tmp_path[4096];
std::atomic<bool> g_tmp_active{false};
}  // namespace

void remove_temporary_output_on_signal() {
  if (g_tmp_active.load()) ::unlink(g_tmp_path);
}

void enlarge_pipe(int fd) {
#ifdef F_SETPIPE_SZ
  struct stat st;
  if (::fstat(fd, &st) == 0 && S_ISFIFO(st.st_mode)) {
    (void)::fcntl(fd, F_SETPIPE_SZ, 1 << 20);  // best effort: pipe-max-size may be lower
  }
#else
  (void)fd;
#endif
}

Output::Output(const std::string& path) : buf_(kBufferSize) {
  if (path.empty() || path == "-") {
    fd_ = STDOUT_FILENO;
    display_ = "<stdout>";
    enlarge_pipe(fd_);
    return;
  }
  if (path == "/dev/null") {
    // Nothing to keep (--check): no temporary file beside it.
    fd_ = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (fd_ < 0) throw IoError(std::string("cannot open /dev/null: ") + std::strerror(errno));
    display_ = path;
    return;
  }
  path_ = path;
  display_ = path;
  size_t slash = path.rfind('/');
  std::string dir = slash == std::string::npos ? "" : path.substr(0, slash + 1);
  std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  tmp_path_ = dir + "." + base + ".db9-sanitize.XXXXXX";
  if (tmp_path_.size() >= sizeof g_tmp_path) throw IoError("output path too long: " + path);
  std::vector<char> templ(tmp_path_.begin(), tmp_path_.end());
  templ.push_back('\0');
  fd_ = ::mkstemp(templ.data());
  if (fd_ < 0) throw IoError("cannot create " + path + ": " + std::strerror(errno));
  tmp_path_.assign(templ.data());
  std::memcpy(g_tmp_path, tmp_path_.c_str(), tmp_path_.size() + 1);
  g_tmp_active.store(true);
  ::fchmod(fd_, 0666 & ~[] { mode_t m = ::umask(0); ::umask(m); return m; }());
}

Output::Output(std::string* memory) : display_("<memory>"), memory_(memory) {}

Output::~Output() {
  if (!done_) abandon();
}

void Output::write_fd(const char* p, size_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd_, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      int e = errno;
      if (e == EPIPE) throw IoError("writing " + display_ + ": the reader closed the pipe early");
      throw IoError("writing " + display_ + ": " + std::strerror(e));
    }
    p += w;
    n -= static_cast<size_t>(w);
  }
}

void Output::flush() {
  if (used_ > 0) {
    size_t n = used_;
    used_ = 0;
    write_fd(buf_.data(), n);
  }
}

void Output::write(std::string_view bytes) {
  bytes_ += bytes.size();
  if (memory_ != nullptr) {
    memory_->append(bytes);
    return;
  }
  if (fd_ < 0) return;
  if (bytes.size() >= kDirectWrite) {
    flush();
    write_fd(bytes.data(), bytes.size());
    return;
  }
  if (used_ + bytes.size() > buf_.size()) flush();
  std::memcpy(buf_.data() + used_, bytes.data(), bytes.size());
  used_ += bytes.size();
}

void Output::commit() {
  if (done_) return;
  if (fd_ >= 0) flush();
  if (!tmp_path_.empty()) {
    if (::fsync(fd_) != 0 && errno != EINVAL) throw IoError("writing " + display_ + ": " + std::strerror(errno));
    if (::close(fd_) != 0) throw IoError("writing " + display_ + ": " + std::strerror(errno));
    fd_ = -1;
    if (::rename(tmp_path_.c_str(), path_.c_str()) != 0)
      throw IoError("cannot rename " + tmp_path_ + " to " + path_ + ": " + std::strerror(errno));
    g_tmp_active.store(false);
  }
  done_ = true;
}

void Output::abandon() {
  if (done_) return;
  done_ = true;
  if (tmp_path_.empty() && fd_ >= 0) {
    // stdout: what was written so far is whole items; let it out, so the
    // output is always exactly the items before the one that stopped us.
    try {
      flush();
    } catch (const IoError&) {
    }
    return;
  }
  if (!tmp_path_.empty()) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
    ::unlink(tmp_path_.c_str());
    g_tmp_active.store(false);
  }
}

}  // namespace db9
