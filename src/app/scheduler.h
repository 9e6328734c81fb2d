// Scheduled work: jobs that run every so often on exactly one of the servers on a database.
// Each round, the scheduler claims (or renews) the lease "scheduled-work" in the database
// (store/lease.h); while this server holds it, it runs each job whose time has come. A server
// that dies stops renewing, and another takes the lease within one lease length and runs
// the jobs from then on; one that stops cleanly releases it, so that another takes it at its
// next round.
//
// A job must be safe to run again: a server that takes the lease runs every job at once,
// since it does not know when the one before it last ran them.
//
// Thread-safety: tick() from one thread at a time (start() runs it on a thread of its own);
// stop() and holding() from any thread.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "common/clock.h"
#include "common/error.h"
#include "store/store.h"

namespace orbis::app {

struct ScheduledJob {
  std::string name;  // for the log: "removing expired sessions"
  std::chrono::milliseconds every{};
  std::function<Status()> run;
};

struct SchedulerOptions {
  // How long a lease lasts unrenewed: how soon another server takes over from a dead one.
  std::chrono::milliseconds lease = std::chrono::seconds(60);
  // How often a round runs (in real time); a third of the lease, so that two rounds can fail
  // before the lease ends.
  std::chrono::milliseconds round = std::chrono::seconds(20);
};

class Scheduler {
 public:
  // `holder` names this server in the lease (unique among the servers: host, process, and a
  // random part). `store` and `clock` must outlive the scheduler; the lease's times and the
  // jobs' are on `clock`.
  Scheduler(store::Store& store, const Clock& clock, std::string holder,
            std::vector<ScheduledJob> jobs, SchedulerOptions options = {});
  ~Scheduler();
  Scheduler(const Scheduler&) = delete;
  Scheduler& operator=(const Scheduler&) = delete;

  // One round: claims or renews the lease and, while this server holds it, runs each job
  // whose time has come (a job that fails is logged and tried again next round). Returns
  // whether this server holds the lease. A database that cannot be reached counts as not
  // holding it.
  bool tick();
  // Runs a round now and then every options.round, on a thread of its own, until stop().
  void start();
  // Ends the thread (waiting for a round in progress) and releases the lease if held.
  void stop();

  const std::string& holder() const { return holder_; }
  bool holding() const { return holding_; }

 private:
  store::Store& store_;
  const Clock& clock_;
  const std::string holder_;
  std::vector<ScheduledJob> jobs_;
  std::vector<std::optional<TimePoint>> last_run_;
  const SchedulerOptions options_;
  std::atomic<bool> holding_{false};
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

// "HOST/PID/RANDOM": a holder name for this process.
std::string holder_name();

}  // namespace orbis::app
