// db9-sanitize: the command. See src/pipeline.hpp for the shape of a run.
#include <csignal>
#include <cstdio>
#include <unistd.h>

#include "diagnostics.hpp"
#include "options.hpp"
#include "output.hpp"
#include "pipeline.hpp"
#include "report.hpp"

namespace {

extern "C" void on_fatal_signal(int sig) {
  db9::remove_temporary_output_on_signal();
  std::signal(sig, SIG_DFL);
  std::raise(sig);
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
  db9::Reporter reporter(stderr);
  try {
    db9::Output out(options.output);
    db9::Pipeline pipeline(options, out, reporter);
    code = pipeline.run();
    if (!options.report_path.empty()) db9::write_json_report(options.report_path, pipeline.stats(), reporter, code);
    if (!options.quiet) std::fprintf(stderr, "%s\n", db9::summary_line(pipeline.stats(), reporter).c_str());
  } catch (const db9::IoError& e) {
    std::fprintf(stderr, "db9-sanitize: error: %s\n", e.what());
    return db9::kExitInput;
  }
  return code;
}
