// The connection's lifecycle without a window: sign-in, the back-off while the connection is down, and what the
// banner says in each state.
#include "ui/connection/ConnectionController.h"

#include "MemoryBackend.h"
#include "PortalTestSupport.h"

#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace hotel;
using namespace hotel::test;

namespace {

ConnectionSettings signInAs(const QString &password) {
    ConnectionSettings settings;
    settings.kind = Backend::Kind::Demo;
    settings.email = QStringLiteral("staff@hotel.example");
    settings.password = password;
    return settings;
}

MemoryBackend *seededBackend() {
    auto *backend = new MemoryBackend;
    backend->seed(1, 2);
    backend->addUser(makeUser(Role::Admin), QStringLiteral("secret"));
    return backend;
}

// Signed in over a MemoryBackend.
struct SignedIn {
    ConnectionController controller{BackendFactory{}, nullptr};
    MemoryBackend *backend = seededBackend();
    SignedIn() {
        QSignalSpy signedIn(&controller, &ConnectionController::signedIn);
        controller.useBackend(backend, signInAs(QStringLiteral("secret")));
        EXPECT_TRUE(signedIn.wait(5000));
    }
};

} // namespace

TEST(ConnectionController, SignsInAndTellsWhoIsSignedIn) {
    ConnectionController controller(BackendFactory{}, nullptr);
    QSignalSpy backendChanged(&controller, &ConnectionController::backendChanged);
    QSignalSpy notices(&controller, &ConnectionController::notice);
    QSignalSpy signedIn(&controller, &ConnectionController::signedIn);
    QSignalSpy asks(&controller, &ConnectionController::credentialsNeeded);
    auto *backend = seededBackend();
    controller.useBackend(backend, signInAs(QStringLiteral("secret")));
    EXPECT_EQ(backendChanged.count(), 1);
    EXPECT_FALSE(controller.isSignedIn()); // the answer comes later
    ASSERT_FALSE(notices.isEmpty());
    EXPECT_TRUE(notices.last().first().toString().contains(QStringLiteral("Signing in")));
    ASSERT_TRUE(signedIn.wait(5000));
    EXPECT_TRUE(controller.isSignedIn());
    EXPECT_EQ(controller.session()->user.email, QStringLiteral("staff@hotel.example"));
    EXPECT_EQ(controller.backend(), backend);
    EXPECT_EQ(controller.describe(), backend->describe());
    EXPECT_TRUE(asks.isEmpty());
    EXPECT_FALSE(controller.isBannerShown());
}

TEST(ConnectionController, RefusedSignInAsksForThePasswordAgain) {
    ConnectionController controller(BackendFactory{}, nullptr);
    QSignalSpy notices(&controller, &ConnectionController::notice);
    QSignalSpy asks(&controller, &ConnectionController::credentialsNeeded);
    QSignalSpy signedIn(&controller, &ConnectionController::signedIn);
    controller.useBackend(seededBackend(), signInAs(QStringLiteral("wrong")));
    ASSERT_TRUE(asks.wait(5000));
    EXPECT_TRUE(asks.last().first().toString().contains(QStringLiteral("password is not right")));
    EXPECT_TRUE(notices.last().first().toString().contains(QStringLiteral("Not signed in")));
    EXPECT_TRUE(signedIn.isEmpty());
    EXPECT_FALSE(controller.isSignedIn());
    // The dialog opens with what was typed, less the refused password.
    EXPECT_EQ(controller.settings().email, QStringLiteral("staff@hotel.example"));
    EXPECT_TRUE(controller.settings().password.isEmpty());
}

TEST(ConnectionController, ABackendThatCannotBeCreatedIsReportedInTheBannerAndAsksAgain) {
    BackendFactory refuse = [](const ConnectionSettings &, QObject *) -> Result<Backend *> {
        return BackendError::make(BackendError::Kind::Unavailable, QStringLiteral("No such server."));
    };
    ConnectionController controller(refuse, nullptr);
    QSignalSpy asks(&controller, &ConnectionController::credentialsNeeded);
    QSignalSpy banner(&controller, &ConnectionController::bannerShown);
    ConnectionSettings settings;
    settings.kind = Backend::Kind::Rest;
    settings.serverUrl = QStringLiteral("https://nowhere.example");
    controller.connectTo(settings);
    ASSERT_EQ(asks.count(), 1);
    EXPECT_EQ(asks.first().first().toString(), QStringLiteral("No such server."));
    ASSERT_EQ(banner.count(), 1);
    EXPECT_EQ(banner.first().at(0).value<ConnectionBanner::Severity>(), ConnectionBanner::Severity::Error);
    EXPECT_EQ(controller.bannerText(), QStringLiteral("No such server."));
    EXPECT_FALSE(controller.backend());
}

TEST(ConnectionController, BacksOffFromTwoToThirtySecondsWhileDisconnected) {
    SignedIn s;
    EXPECT_EQ(s.controller.retryDelayMs(), 0);
    const QList<int> expected{2000, 4000, 8000, 16000, 30000, 30000};
    for (int delay : expected) {
        s.backend->setOffline(true, QStringLiteral("server closed the connection"));
        EXPECT_EQ(s.controller.retryDelayMs(), delay);
        EXPECT_TRUE(s.controller.isRetryScheduled());
    }
    QSignalSpy reload(&s.controller, &ConnectionController::reloadNeeded);
    s.backend->setOffline(false);
    EXPECT_EQ(s.controller.retryDelayMs(), 0);
    EXPECT_FALSE(s.controller.isRetryScheduled());
    EXPECT_EQ(reload.count(), 1); // connected again: what is on screen is loaded afresh
}

TEST(ConnectionController, TheFirstRetryAsksTheBackendAgainAfterTwoSeconds) {
    SignedIn s;
    QSignalSpy reload(&s.controller, &ConnectionController::reloadNeeded);
    s.backend->setOffline(true);
    EXPECT_TRUE(reload.isEmpty());
    EXPECT_TRUE(reload.wait(3500));
}

TEST(ConnectionController, BannerSaysWhatTheConnectionIsDoing) {
    SignedIn s;
    ConnectionController &c = s.controller;
    Q_EMIT s.backend->connectionStateChanged(Backend::ConnectionState::Reconnecting, QStringLiteral("timeout"));
    EXPECT_TRUE(c.isBannerShown());
    EXPECT_EQ(c.bannerText(), QStringLiteral("Connection lost (timeout). Reconnecting…"));

    s.backend->setOffline(true, QStringLiteral("server closed the connection"));
    EXPECT_TRUE(c.bannerText().startsWith(QStringLiteral(
        "Not connected: server closed the connection. Changes cannot be saved until the connection is back.")));
    EXPECT_TRUE(c.bannerText().contains(QStringLiteral("Trying again in 2 second")));

    QSignalSpy hidden(&c, &ConnectionController::bannerHidden);
    s.backend->setOffline(false);
    EXPECT_EQ(c.bannerText(), QStringLiteral("Connection restored."));
    ASSERT_TRUE(hidden.wait(6000)); // goes away on its own
    EXPECT_FALSE(c.isBannerShown());
}

TEST(ConnectionController, OnlyConnectionFailuresShowTheBannerAndScheduleARetry) {
    SignedIn s;
    ConnectionController &c = s.controller;
    const QString refused = c.reportFailure(
        QStringLiteral("The rooms were not blocked."),
        BackendError::invalid(QStringLiteral("count"), QStringLiteral("Not that many rooms are free.")));
    EXPECT_EQ(refused, QStringLiteral("The rooms were not blocked. Not that many rooms are free."));
    EXPECT_FALSE(c.isBannerShown());
    EXPECT_FALSE(c.isRetryScheduled());

    const QString down =
        c.reportFailure(QStringLiteral("The rooms were not blocked."),
                        BackendError::make(BackendError::Kind::Unavailable, QStringLiteral("Connection refused.")));
    EXPECT_EQ(down, QStringLiteral("The rooms were not blocked. Connection refused."));
    EXPECT_TRUE(c.isBannerShown());
    EXPECT_TRUE(c.bannerText().contains(QStringLiteral("is not working; nothing was saved")));
    EXPECT_TRUE(c.isRetryScheduled());
    EXPECT_EQ(c.retryDelayMs(), 2000);
}
