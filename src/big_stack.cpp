#include "big_stack.hpp"

#include <algorithm>
#include <sys/resource.h>

namespace db9 {

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

thread_local size_t worker_stack = 0;  // set on a BigStack's worker

}  // namespace

size_t BigStack::default_size() { return (kSanitized ? size_t{4} : size_t{1}) << 30; }

BigStack::BigStack(size_t bytes) {
  for (size_t size = bytes; size >= (size_t{64} << 20); size /= 2) {
    pthread_attr_t attr;
    if (pthread_attr_init(&attr) != 0) break;
    size_ = size;  // before the worker reads it
    bool ok = pthread_attr_setstacksize(&attr, size) == 0 && pthread_create(&thread_, &attr, &BigStack::main, this) == 0;
    pthread_attr_destroy(&attr);
    if (ok) {
      started_ = true;
      break;
    }
    size_ = 0;
  }
}

BigStack::~BigStack() {
  if (!started_) return;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    quit_ = true;
  }
  cv_.notify_all();
  pthread_join(thread_, nullptr);
}

void* BigStack::main(void* self) {
  static_cast<BigStack*>(self)->loop();
  return nullptr;
}

void BigStack::loop() {
  std::unique_lock<std::mutex> lock(mutex_);
  // The guard page and what the thread's start used are not ours to count.
  worker_stack = size_ - std::min(size_, size_t{1} << 20);
  for (;;) {
    cv_.wait(lock, [this] { return quit_ || task_ != nullptr; });
    if (task_ == nullptr) return;
    const std::function<void()>* task = task_;
    lock.unlock();
    std::exception_ptr error;
    try {
      (*task)();
    } catch (...) {
      error = std::current_exception();
    }
    lock.lock();
    error_ = error;
    task_ = nullptr;
    done_ = true;
    cv_.notify_all();
  }
}

void BigStack::run(const std::function<void()>& fn) {
  if (!started_) {
    fn();
    return;
  }
  std::unique_lock<std::mutex> lock(mutex_);
  task_ = &fn;
  done_ = false;
  cv_.notify_all();
  cv_.wait(lock, [this] { return done_; });
  std::exception_ptr error = error_;
  error_ = nullptr;
  lock.unlock();
  if (error) std::rethrow_exception(error);
}

size_t usable_stack() {
  if (worker_stack != 0) return worker_stack;
  // Not on a BigStack: count conservatively what a thread usually has.
  size_t bytes = size_t{8} << 20;
  struct rlimit rl;
  if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
    bytes = std::min(bytes, static_cast<size_t>(rl.rlim_cur));
  return bytes / 2;  // what the caller has used already, and the rest of the run
}

}  // namespace db9
