#pragma once

#include <QtGlobal>

namespace hotel {

// Numbers the requests of one kind a widget sends (the grid of a hotel, a quote, a reload), so that only the
// answer to the newest one is used: a clerk who picks another hotel while the first one's grid is on its way
// must not see that grid land afterwards. In the style of KDAB hotspot's JobTracker.
//
//     const quint64 job = m_gridJobs.startJob();
//     m_backend->inventory(...).then(qApp, guarded(this, [this, job](const Result<InventoryGrid> &r) {
//         if (!m_gridJobs.finish(job))
//             return; // stale
//         ...
class RequestTracker final {
public:
    // A new request; every answer to an earlier one is stale from now on.
    quint64 startJob() {
        m_running = true;
        return ++m_current;
    }
    bool isJobValid(quint64 job) const { return job != 0 && job == m_current; }
    // The answer to `job` arrived: true when it is the newest request's (use it), false when stale (drop it).
    bool finish(quint64 job) {
        if (!isJobValid(job))
            return false;
        m_running = false;
        return true;
    }
    // Drops whatever is on its way (another connection, inputs that changed before the request was sent).
    void cancel() {
        ++m_current;
        m_running = false;
    }
    // The newest request was sent and its answer has not arrived yet.
    bool isJobRunning() const { return m_running; }

private:
    quint64 m_current = 0;
    bool m_running = false;
};

} // namespace hotel
