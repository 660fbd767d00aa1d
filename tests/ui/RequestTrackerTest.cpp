#include "ui/common/RequestTracker.h"

#include <gtest/gtest.h>

using hotel::RequestTracker;

TEST(RequestTracker, OnlyTheNewestAnswerCounts) {
    RequestTracker tracker;
    EXPECT_FALSE(tracker.isJobRunning());
    EXPECT_FALSE(tracker.isJobValid(0));
    const quint64 first = tracker.startJob();
    EXPECT_TRUE(tracker.isJobValid(first));
    EXPECT_TRUE(tracker.isJobRunning());
    const quint64 second = tracker.startJob();
    EXPECT_NE(first, second);
    EXPECT_FALSE(tracker.isJobValid(first));
    EXPECT_FALSE(tracker.finish(first)); // stale: dropped
    EXPECT_TRUE(tracker.isJobRunning()); // the newest is still on its way
    EXPECT_TRUE(tracker.finish(second));
    EXPECT_FALSE(tracker.isJobRunning());
}

TEST(RequestTracker, CancelDropsWhatIsOnItsWay) {
    RequestTracker tracker;
    const quint64 job = tracker.startJob();
    tracker.cancel();
    EXPECT_FALSE(tracker.isJobRunning());
    EXPECT_FALSE(tracker.isJobValid(job));
    EXPECT_FALSE(tracker.finish(job));
    EXPECT_TRUE(tracker.finish(tracker.startJob()));
}
