#include "progress.hpp"

#include <sys/stat.h>

namespace db9 {

namespace {

constexpr auto kInterval = std::chrono::milliseconds(200);

std::string mib(uint64_t n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MiB", static_cast<double>(n) / (1024.0 * 1024.0));
  return buf;
}

class UnderProgress : public DiagnosticWriter {
 public:
  UnderProgress(std::unique_ptr<DiagnosticWriter> inner, Progress& p) : inner_(std::move(inner)), progress_(p) {}
  void write(const Diagnostic& d, std::string_view source_line) override {
    progress_.clear();
    inner_->write(d, source_line);
  }
  void finish() override {
    progress_.clear();
    inner_->finish();
  }
  bool wants_source_line() const override { return inner_->wants_source_line(); }

 private:
  std::unique_ptr<DiagnosticWriter> inner_;
  Progress& progress_;
};

}  // namespace

Progress::Progress(std::FILE* out, uint64_t total)
    : out_(out), total_(total), start_(std::chrono::steady_clock::now()), last_(start_) {}

Progress::~Progress() { clear(); }

std::string Progress::render(uint64_t raw, uint64_t sql_bytes, double seconds, const std::string& table) const {
  std::string line = "db9-sanitize: " + mib(sql_bytes);
  char buf[64];
  double rate = seconds > 0 ? static_cast<double>(sql_bytes) / 1e6 / seconds : 0;
  std::snprintf(buf, sizeof buf, ", %.1f MB/s", rate);
  line += buf;
  if (total_ > 0) {
    double pct = 100.0 * static_cast<double>(std::min(raw, total_)) / static_cast<double>(total_);
    std::snprintf(buf, sizeof buf, ", %.0f%%", pct);
    line += buf;
  }
  if (!table.empty()) line += ", " + table;
  return line;
}

void Progress::update(uint64_t file_raw, uint64_t sql_bytes, const std::string& table) {
  auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_ < kInterval) return;  // the first read draws at once
  drawn_ = true;
  last_ = now;
  std::string line =
      render(done_raw_ + file_raw, sql_bytes, std::chrono::duration<double>(now - start_).count(), table);
  if (line.size() > 200) line.resize(200);
  std::fprintf(out_, "\r%s\033[K", line.c_str());
  std::fflush(out_);
  shown_ = true;
}

void Progress::file_done(uint64_t file_raw) { done_raw_ += file_raw; }

void Progress::clear() {
  if (!shown_) return;
  std::fputs("\r\033[K", out_);
  std::fflush(out_);
  shown_ = false;
}

uint64_t input_size(const std::vector<std::string>& inputs) {
  uint64_t total = 0;
  for (const std::string& path : inputs) {
    struct stat st;
    if (path == "-" || ::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return 0;
    total += static_cast<uint64_t>(st.st_size);
  }
  return total;
}

std::unique_ptr<DiagnosticWriter> under_progress(std::unique_ptr<DiagnosticWriter> inner, Progress& progress) {
  return std::make_unique<UnderProgress>(std::move(inner), progress);
}

}  // namespace db9
