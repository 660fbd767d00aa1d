// The connection's lifecycle without a window: sign-in, the back-off while the connection is down, and what the
// banner says in each state.
#include "ui/connection/ConnectionController.h"

#include "MemoryBackend.h"
#include "PortalTestSupport.h"

#include <QLocale>
#include <QPushButton>
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
    EXPECT_EQ(c.linkState(), ConnectionController::LinkState::Connected);
    // Lost: the cause in words, the next try's time, and a retry really scheduled.
    Q_EMIT s.backend->connectionStateChanged(Backend::ConnectionState::Reconnecting, QStringLiteral("timeout"));
    EXPECT_TRUE(c.isBannerShown());
    EXPECT_EQ(c.linkState(), ConnectionController::LinkState::Lost);
    EXPECT_TRUE(c.bannerText().startsWith(QStringLiteral("Connection to Test data in memory lost: timeout.")))
        << c.bannerText().toStdString();
    EXPECT_TRUE(c.isRetryScheduled());
    ASSERT_TRUE(c.nextRetryAt().isValid());
    EXPECT_TRUE(c.bannerText().contains(QLocale().toString(c.nextRetryAt().toLocalTime().time(), QLocale::LongFormat)))
        << c.bannerText().toStdString();
    EXPECT_TRUE(c.bannerText().contains(QStringLiteral("in 2 second"))) << c.bannerText().toStdString();
    EXPECT_FALSE(c.bannerText().contains(QStringLiteral("Reconnecting")));

    s.backend->setOffline(true, QStringLiteral("server closed the connection"));
    EXPECT_TRUE(c.bannerText().contains(QStringLiteral("lost: server closed the connection.")))
        << c.bannerText().toStdString();
    EXPECT_TRUE(c.bannerText().contains(QStringLiteral("in 4 second"))) << c.bannerText().toStdString();
    EXPECT_EQ(c.bannerDetails(), QStringLiteral("server closed the connection"));

    QSignalSpy hidden(&c, &ConnectionController::bannerHidden);
    s.backend->setOffline(false);
    EXPECT_EQ(c.linkState(), ConnectionController::LinkState::Connected);
    EXPECT_EQ(c.bannerText(), QStringLiteral("Connection restored."));
    ASSERT_TRUE(hidden.wait(6000)); // goes away on its own
    EXPECT_FALSE(c.isBannerShown());
}

TEST(ConnectionController, AfterTheLastRetryItSaysItGaveUpAndStopsTrying) {
    SignedIn s;
    ConnectionController &c = s.controller;
    for (int i = 0; i < ConnectionController::maxRetries; ++i)
        s.backend->setOffline(true, QStringLiteral("Connection refused"));
    EXPECT_EQ(c.linkState(), ConnectionController::LinkState::Lost);
    EXPECT_TRUE(c.isRetryScheduled());
    s.backend->setOffline(true, QStringLiteral("Connection refused"));
    EXPECT_EQ(c.linkState(), ConnectionController::LinkState::GivenUp);
    EXPECT_FALSE(c.isRetryScheduled());
    EXPECT_FALSE(c.nextRetryAt().isValid());
    EXPECT_TRUE(c.bannerText().contains(QStringLiteral("Gave up after 8 attempt"))) << c.bannerText().toStdString();
    EXPECT_FALSE(c.bannerText().contains(QStringLiteral("Next try")));
}

TEST(ConnectionController, AnUnreachableDatabaseIsNotALostConnectionAndNothingPretendsToRetry) {
    ConnectionController controller{BackendFactory{}, nullptr};
    MemoryBackend *backend = seededBackend();
    const QString driver = QStringLiteral("could not connect to server: Connection refused\n\tIs the server running "
                                          "on host \"localhost\" and accepting TCP/IP connections on port 1?");
    backend->setOffline(true, driver);
    QSignalSpy asks(&controller, &ConnectionController::credentialsNeeded);
    controller.useBackend(backend, signInAs(QStringLiteral("secret")));
    ASSERT_TRUE(asks.wait(5000));
    EXPECT_EQ(controller.linkState(), ConnectionController::LinkState::NeverConnected);
    const QString said = controller.bannerText();
    EXPECT_EQ(said, QStringLiteral("Cannot reach Test data in memory: Connection refused."));
    EXPECT_EQ(asks.last().first().toString(), said); // the dialog says the same, not "sign in"
    for (const char *lie : {"lost", "Reconnecting", "Next try", "Trying again"})
        EXPECT_FALSE(said.contains(QLatin1String(lie))) << lie;
    EXPECT_FALSE(controller.isRetryScheduled());
    EXPECT_EQ(controller.bannerDetails(), driver); // the whole text, a click away
    // The backend's own state signals say nothing new about a connection that never existed.
    Q_EMIT backend->connectionStateChanged(Backend::ConnectionState::Reconnecting, driver);
    EXPECT_FALSE(controller.bannerText().contains(QStringLiteral("lost")));
    EXPECT_FALSE(controller.isRetryScheduled());
}

TEST(ConnectionBanner, DetailsAreAClickAway) {
    ConnectionBanner banner;
    banner.resize(800, 100);
    banner.show();
    banner.showMessage(ConnectionBanner::Severity::Error, QStringLiteral("Cannot reach the database."), true);
    banner.setDetails(QStringLiteral("could not connect to server: Connection refused"));
    auto *details = banner.findChild<QPushButton *>(QStringLiteral("bannerDetailsButton"));
    ASSERT_TRUE(details);
    EXPECT_TRUE(details->isVisible());
    EXPECT_FALSE(banner.isShowingDetails());
    QTest::mouseClick(details, Qt::LeftButton);
    EXPECT_TRUE(banner.isShowingDetails());
    banner.setDetails({});
    EXPECT_FALSE(details->isVisible());
    EXPECT_FALSE(banner.isShowingDetails());
}

TEST(ConnectionController, TheCauseInWordsIsTheDriversLastClause) {
    EXPECT_EQ(ConnectionController::causeInWords(QStringLiteral("could not connect to server: Connection refused\n\tIs "
                                                                "the server running?")),
              QStringLiteral("Connection refused"));
    EXPECT_EQ(ConnectionController::causeInWords(QString(), QStringLiteral("The keychain is locked.")),
              QStringLiteral("The keychain is locked"));
    EXPECT_TRUE(ConnectionController::causeInWords(QString()).isEmpty());
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
