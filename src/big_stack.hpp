// A worker thread with a large stack, made once and reused: parsing and
// everything that walks a parse tree (libpg_query's own conversion to
// protobuf, protobuf-c's pack / unpack / free, the rules) runs there, where
// a statement nested as deeply as the nesting guard (src/nesting.hpp) lets
// through cannot run out of stack. The stack is reserved address space: it
// costs no memory until a deep statement touches it.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <pthread.h>

namespace db9 {

class BigStack {
 public:
  // The default size: 1 GiB (4 GiB in sanitizer builds, whose frames are
  // bigger). When the system refuses that much (ulimit -v, strict
  // overcommit), a halved size down to 64 MiB, else no thread: tasks then
  // run on the caller's stack and the nesting limits shrink to fit it.
  static size_t default_size();
  explicit BigStack(size_t bytes = default_size());
  ~BigStack();
  BigStack(const BigStack&) = delete;
  BigStack& operator=(const BigStack&) = delete;

  // Runs fn on the worker and waits for it; an exception fn throws is
  // thrown again here.
  void run(const std::function<void()>& fn);
  // The worker's stack size, 0 when tasks run on the caller's stack.
  size_t size() const { return size_; }

 private:
  static void* main(void* self);
  void loop();
  size_t size_ = 0;
  bool started_ = false;
  pthread_t thread_{};
  std::mutex mutex_;
  std::condition_variable cv_;
  const std::function<void()>* task_ = nullptr;
  bool done_ = false;
  bool quit_ = false;
  std::exception_ptr error_;
};

// The stack the calling thread may use for parse trees, in bytes: the
// BigStack's size on its worker, else the main thread's RLIMIT_STACK (at
// most 8 MiB counted) or a thread's own size.
size_t usable_stack();

}  // namespace db9
