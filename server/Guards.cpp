#include "server/Guards.h"

#include <QMutexLocker>
#include <algorithm>

namespace hotel {

namespace {
constexpr int maxEntries = 100000;
constexpr qint64 minute = 60 * 1000;
constexpr qint64 hour = 60 * minute;
} // namespace

Throttle::Throttle(int perWindow, qint64 windowMs, qint64 maxLockMs)
    : m_perWindow(std::max(0, perWindow))
    , m_windowMs(windowMs)
    , m_maxLockMs(maxLockMs) {}

qint64 Throttle::blockedFor(const QString &key, qint64 nowMs) const {
    if (!enabled())
        return 0;
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend() || it->lockedUntilMs <= nowMs)
        return 0;
    return it->lockedUntilMs - nowMs;
}

qint64 Throttle::charge(const QString &key, qint64 nowMs) {
    if (!enabled())
        return 0;
    QMutexLocker lock(&m_mutex);
    auto it = m_entries.find(key);
    if (it == m_entries.end()) {
        if (m_entries.size() >= maxEntries)
            prune(nowMs);
        it = m_entries.insert(key, Entry{double(m_perWindow), nowMs, 0, 0});
    }
    const qint64 elapsed = std::max<qint64>(0, nowMs - it->lastMs);
    // A whole quiet window after the last lock forgives: the back-off starts over.
    if (it->strikes > 0 && nowMs - it->lockedUntilMs >= m_windowMs)
        it->strikes = 0;
    it->tokens = std::min<double>(m_perWindow, it->tokens + double(elapsed) * m_perWindow / double(m_windowMs));
    if (it->strikes > 0) // once locked, one try per lock until a quiet window has passed
        it->tokens = std::min(it->tokens, 1.0);
    it->lastMs = nowMs;
    it->tokens -= 1;
    if (it->tokens >= 1.0)
        return 0;
    it->tokens = 0;
    ++it->strikes;
    const qint64 interval = m_windowMs / m_perWindow; // the time one event's allowance takes to come back
    const qint64 lockMs = std::min(m_maxLockMs, interval << std::min(it->strikes - 1, 20));
    it->lockedUntilMs = nowMs + lockMs;
    return lockMs;
}

void Throttle::reset(const QString &key) {
    if (!enabled())
        return;
    QMutexLocker lock(&m_mutex);
    m_entries.remove(key);
}

void Throttle::prune(qint64 nowMs) {
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->lockedUntilMs <= nowMs && nowMs - it->lastMs >= m_windowMs)
            it = m_entries.erase(it);
        else
            ++it;
    }
    // Still full of live keys (an attack from very many addresses): forget the oldest half rather than grow.
    if (m_entries.size() >= maxEntries) {
        QList<qint64> last;
        last.reserve(m_entries.size());
        for (const Entry &e : std::as_const(m_entries))
            last << e.lastMs;
        std::nth_element(last.begin(), last.begin() + last.size() / 2, last.end());
        const qint64 cut = last.at(last.size() / 2);
        for (auto it = m_entries.begin(); it != m_entries.end();)
            it = it->lastMs <= cut ? m_entries.erase(it) : std::next(it);
    }
}

std::optional<User> AccessCache::fresh(UserId id, qint64 nowMs, qint64 maxAgeMs) const {
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(id);
    if (it == m_entries.cend() || nowMs - it->fetchedMs > maxAgeMs)
        return std::nullopt;
    return it->user;
}

void AccessCache::put(const User &user, qint64 nowMs) {
    QMutexLocker lock(&m_mutex);
    if (m_entries.size() >= maxEntries)
        m_entries.clear();
    m_entries.insert(user.id, Entry{user, nowMs});
}

Guards::Guards(const GuardLimits &l)
    : limits(l)
    , loginsByAccount(l.loginsPerAccountMinute, minute, 15 * minute)
    , loginsByAddress(l.loginsPerAddressMinute, minute, 15 * minute)
    , registrationsByAddress(l.registrationsPerAddressHour, hour, hour)
    , bookingsByGuest(l.bookingsPerGuestHour, hour, hour)
    , hashing(std::max(1, l.passwordHashesAtOnce)) {}

} // namespace hotel
