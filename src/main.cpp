// db9-sanitize: the command. See src/pipeline.hpp for the shape of a run.
#include <csignal>
#include <cstdio>
#include <cstring>
#include <cerrno>
#include <memory>
#include <unistd.h>

#include "big_stack.hpp"
#include "check.hpp"
#include "diagnostics.hpp"
#include "formats.hpp"
#include "options.hpp"
#include "output.hpp"
#include "pipeline.hpp"
#include "progress.hpp"
#include "report.hpp"
#include "report_md.hpp"

namespace {

extern "C" void on_fatal_signal(int sig) {
  db9::remove_temporary_output_on_signal();
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

// The run itself, on the big stack.
int run(const db9::Options& options) {
  int code = 0;
  // Where diagnostics go, and how they look.
  std::FILE* diag_out = stderr;
  if (!options.diagnostics_path.empty() && options.diagnostics_path != "-") {
    diag_out = std::fopen(options.diagnostics_path.c_str(), "w");
    if (diag_out == nullptr) {
      std::fprintf(stderr, "db9-sanitize: error: cannot write diagnostics to %s: %s\n",
                   options.diagnostics_path.c_str(), std::strerror(errno));
      return db9::kExitInput;
    }
  }
  db9::Format format = options.format.empty()
                           ? (db9::colour_terminal(diag_out) ? db9::Format::Human : db9::Format::Gcc)
                           : *db9::parse_format(options.format);
  std::unique_ptr<db9::DiagnosticWriter> writer = db9::make_writer(format, diag_out, db9::colour_terminal(diag_out));
  std::unique_ptr<db9::Progress> progress;
  if (options.progress && ::isatty(STDERR_FILENO) == 1) {
    progress = std::make_unique<db9::Progress>(stderr, db9::input_size(options.inputs));
    if (diag_out == stderr) writer = db9::under_progress(std::move(writer), *progress);
  }
  db9::Reporter reporter(stderr);
  reporter.set_writer(writer.get());
  reporter.keep_all(!options.report_md_path.empty() || !options.report_path.empty());
  // A JSON or SARIF document on stderr is not followed by the summary line.
  bool summary = !options.quiet &&
                 !(diag_out == stderr && (format == db9::Format::Json || format == db9::Format::Sarif));
  try {
    db9::RunStats stats;
    std::string summary_text;
    if (options.check) {
      db9::CheckResult result = db9::run_check(options, reporter, progress.get());
      code = result.exit_code;
      stats = result.stats;
      summary_text = db9::check_summary_line(result, reporter);
    } else {
      db9::Output out(options.output);
      db9::Pipeline pipeline(options, out, reporter);
      pipeline.set_progress(progress.get());
      code = pipeline.run();
      stats = pipeline.stats();
      summary_text = db9::summary_line(stats, reporter);
    }
    if (progress) progress->clear();
    writer->finish();
    if (diag_out != stderr && std::fclose(diag_out) != 0) {
      diag_out = stderr;
      throw db9::IoError("cannot write diagnostics to " + options.diagnostics_path);
    }
    diag_out = stderr;
    if (!options.report_path.empty()) db9::write_json_report(options.report_path, stats, reporter, code);
    if (!options.report_md_path.empty()) db9::write_markdown_report(options.report_md_path, stats, reporter, code);
    if (!options.verify_sql_path.empty()) db9::write_verify_sql(options.verify_sql_path, stats);
    if (summary) std::fprintf(stderr, "%s\n", summary_text.c_str());
  } catch (const db9::IoError& e) {
    if (progress) progress->clear();
    std::fprintf(stderr, "db9-sanitize: error: %s\n", e.what());
    return db9::kExitInput;
  }
  return code;
}

}  // namespace

int main(int argc, char** argv) {
  db9::Options options;
  int code = 0;
  if (!db9::parse_command_line(argc, argv, options, code)) return code;

  // A closed reader is an error we report (exit 3), not a silent death.
  std::signal(SIGPIPE, SIG_IGN);
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) std::signal(sig, on_fatal_signal);

  // Diagnostics are many short lines: buffer them (flushed at exit).
  static char stderr_buffer[1 << 16];
  std::setvbuf(stderr, stderr_buffer, _IOFBF, sizeof stderr_buffer);

  // Parsing and every walk of a parse tree run where the stack is ample
  // (src/big_stack.hpp): one worker thread, made once, runs the whole run.
  db9::BigStack stack;
  stack.run([&] { code = run(options); });
  return code;
}
