#pragma once
// A hotel-server on port 0 over the test database, for the HTTP tests of one feature (abuse limits, revenue):
// start() with the options a test needs, sign in as a fixture user, stop with the test.
#include "HttpClient.h"
#include "StoreTestFixture.h"
#include "server/Serve.h"

#include <QCoreApplication>
#include <functional>

namespace hotel::test {

class ServedTest : public StoreTest {
protected:
    void TearDown() override {
        m_service.reset();
        StoreTest::TearDown();
    }
    // Two worker threads, a fixed secret and no per-address rate limit, then whatever `configure` changes.
    void start(const std::function<void(ServeOptions &)> &configure = {}) {
        ServeOptions options;
        options.db = m_db->config();
        options.port = 0;
        options.threads = 2;
        options.jwtSecret = QByteArray(40, 'k');
        options.limits.ratePerSecond = 0;
        if (configure)
            configure(options);
        m_service = std::make_unique<HttpService>(options);
        auto port = m_service->start();
        ASSERT_TRUE(port) << port.error().userMessage.toStdString();
        m_port = port.value();
    }
    Response signIn(const QString &email, const char *password = "correct horse") {
        return request(
            m_port, "POST", "/api/v1/auth/token",
            QStringLiteral(R"({"email":"%1","password":"%2"})").arg(email, QLatin1String(password)).toUtf8());
    }
    QByteArray token(const QString &email) {
        const Response r = signIn(email);
        EXPECT_EQ(r.status, 200) << r.body.toStdString();
        return r.json().value(QStringLiteral("accessToken")).toString().toUtf8();
    }

    std::unique_ptr<HttpService> m_service;
    quint16 m_port = 0;
};

} // namespace hotel::test

// The server's threads need a QCoreApplication.
#define HOTEL_QT_TEST_MAIN                                                                                             \
    int main(int argc, char **argv) {                                                                                  \
        QCoreApplication app(argc, argv);                                                                              \
        ::testing::InitGoogleTest(&argc, argv);                                                                        \
        return RUN_ALL_TESTS();                                                                                        \
    }
