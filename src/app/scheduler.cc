#include "app/scheduler.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <array>

#include "common/crypto.h"
#include "store/lease.h"

namespace orbis::app {
namespace {

constexpr std::string_view kLease = "scheduled-work";

}  // namespace

Scheduler::Scheduler(store::Store& store, const Clock& clock, std::string holder,
                     std::vector<ScheduledJob> jobs, SchedulerOptions options)
    : store_(store),
      clock_(clock),
      holder_(std::move(holder)),
      jobs_(std::move(jobs)),
      last_run_(jobs_.size()),
      options_(options) {}

Scheduler::~Scheduler() { stop(); }

bool Scheduler::tick() {
  auto lease = store::claim_lease(store_, kLease, holder_, options_.lease);
  if (!lease) {
    spdlog::warn("scheduled work: cannot claim its lease: {}", lease.error().message);
    holding_ = false;
    return false;
  }
  if (!lease->held) {
    if (holding_) {
      spdlog::warn("scheduled work: the lease went to {}; this server stops running it",
                   lease->holder);
    }
    holding_ = false;
    return false;
  }
  if (lease->taken) {
    spdlog::info("scheduled work runs on this server ({}) from now, lease until {}", holder_,
                 lease->expires_at);
    // Whoever ran the jobs before, this server does not know when: each runs now.
    std::ranges::fill(last_run_, std::nullopt);
  }
  holding_ = true;
  const auto now = clock_.now();
  for (std::size_t i = 0; i < jobs_.size(); ++i) {
    auto& job = jobs_[i];
    if (last_run_[i] && now - *last_run_[i] < job.every) continue;
    if (auto ok = job.run(); !ok) {
      spdlog::error("scheduled work: {} failed: {}", job.name, ok.error().message);
      continue;
    }
    last_run_[i] = now;
    spdlog::debug("scheduled work: {} done", job.name);
  }
  return true;
}

void Scheduler::start() {
  if (thread_.joinable()) return;
  {
    const std::lock_guard lock(mutex_);
    stopping_ = false;
  }
  thread_ = std::thread([this] {
    std::unique_lock lock(mutex_);
    while (!stopping_) {
      lock.unlock();
      tick();
      lock.lock();
      wake_.wait_for(lock, options_.round, [this] { return stopping_; });
    }
  });
}

void Scheduler::stop() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
  if (holding_.exchange(false)) {
    if (auto ok = store::release_lease(store_, kLease, holder_); !ok) {
      spdlog::warn("scheduled work: cannot release its lease: {}", ok.error().message);
    } else {
      spdlog::info("scheduled work: this server released its lease");
    }
  }
}

std::string holder_name() {
  std::array<char, 256> host{};
  if (gethostname(host.data(), host.size() - 1) != 0) host[0] = '\0';
  return fmt::format("{}/{}/{}", host.data(), getpid(), crypto::to_hex(crypto::random_bytes(3)));
}

}  // namespace orbis::app
