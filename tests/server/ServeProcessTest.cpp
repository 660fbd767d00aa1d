// hotel-server serve as the package runs it, as a process: the configuration file and the command line over
// it, the signing secret kept in the state directory across restarts, and a port that is already taken.
#include "HttpClient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace hotel::test;

namespace {

QProcessEnvironment serverEnvironment() {
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("HOTEL_JWT_SECRET"));
    env.remove(QStringLiteral("STATE_DIRECTORY"));
    env.insert(QStringLiteral("HOTEL_PWHASH_FAST"), QStringLiteral("1"));
    return env;
}

// Runs a command to its end and returns its exit code (stderr in *errors).
int run(const QStringList &arguments, QString *errors = nullptr) {
    QProcess p;
    p.setProcessEnvironment(serverEnvironment());
    p.start(QStringLiteral(HOTEL_SERVER_EXE), arguments);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    if (errors)
        *errors = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// A running `hotel-server serve`: started with its arguments, stopped with SIGTERM.
class Server final {
public:
    explicit Server(const QStringList &arguments) {
        m_process.setProcessEnvironment(serverEnvironment());
        m_process.start(QStringLiteral(HOTEL_SERVER_EXE), QStringList{QStringLiteral("serve")} + arguments);
        static const QRegularExpression listening(QStringLiteral(R"(listening on [0-9.]+:(\d+))"));
        QByteArray out;
        while (m_process.state() != QProcess::NotRunning && m_port == 0 && m_process.waitForReadyRead(30000)) {
            out += m_process.readAllStandardOutput();
            if (const auto m = listening.match(QString::fromUtf8(out)); m.hasMatch())
                m_port = quint16(m.captured(1).toUInt());
        }
    }
    ~Server() { stop(); }
    quint16 port() const { return m_port; }
    // Waits for a process that is expected to give up by itself.
    int exitCode() {
        m_process.waitForFinished(30000);
        return m_process.state() == QProcess::NotRunning ? m_process.exitCode() : -1;
    }
    QString errors() {
        m_errors += QString::fromUtf8(m_process.readAllStandardError());
        return m_errors;
    }
    void stop() {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(30000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
        errors();
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_errors;
};

class ServeProcessTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_db = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("hotel.sqlite"));
        m_state = m_dir.filePath(QStringLiteral("state"));
        ASSERT_TRUE(QDir().mkpath(m_state));
    }
    QString writeConfig(const QString &text) {
        const QString path = m_dir.filePath(QStringLiteral("hotel-server.conf"));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text.toUtf8());
        return path;
    }
    static QByteArray workerThreads(quint16 port) {
        const Response r = request(port, "GET", "/metrics");
        static const QRegularExpression line(QStringLiteral(R"(\nhotel_worker_threads (\d+)\n)"));
        return line.match(QString::fromUtf8(r.body)).captured(1).toUtf8();
    }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_state;
};

TEST_F(ServeProcessTest, secretIsCreatedOwnerOnlyAndKeepsTokensValidAcrossRestarts) {
    ASSERT_EQ(
        run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), m_db, QStringLiteral("--email"),
             QStringLiteral("guest@example.com"), QStringLiteral("--password"), QStringLiteral("a long secret")}),
        0);
    const QStringList args{QStringLiteral("--db"),        m_db,
                           QStringLiteral("--listen"),    QStringLiteral("127.0.0.1:0"),
                           QStringLiteral("--threads"),   QStringLiteral("2"),
                           QStringLiteral("--state-dir"), m_state,
                           QStringLiteral("--config"),    QStringLiteral("/dev/null")};
    const QString secretPath = QDir(m_state).filePath(QStringLiteral("jwt-secret"));
    QByteArray token;
    QByteArray secret;
    {
        Server first(args);
        ASSERT_NE(first.port(), 0) << first.errors().toStdString();
        const Response r = request(first.port(), "POST", "/api/v1/auth/token",
                                   R"({"email":"guest@example.com","password":"a long secret"})");
        ASSERT_EQ(r.status, 200) << r.body.toStdString();
        token = r.json().value(QStringLiteral("accessToken")).toString().toUtf8();
        ASSERT_FALSE(token.isEmpty());
        EXPECT_EQ(request(first.port(), "GET", "/api/v1/users/me/bookings", {}, token).status, 200);
        first.stop();
        QFile f(secretPath);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << "no secret at " << secretPath.toStdString();
        secret = f.readAll().trimmed();
        EXPECT_GE(secret.size(), 32);
        struct stat st {};
        ASSERT_EQ(::stat(QFile::encodeName(secretPath).constData(), &st), 0);
        EXPECT_EQ(st.st_mode & 07777, 0600u);
        // The log names the file, never the value.
        EXPECT_TRUE(first.errors().contains(QStringLiteral("created in ") + secretPath))
            << first.errors().toStdString();
        EXPECT_FALSE(first.errors().contains(QString::fromUtf8(secret)));
    }
    {
        Server second(args);
        ASSERT_NE(second.port(), 0) << second.errors().toStdString();
        EXPECT_EQ(request(second.port(), "GET", "/api/v1/users/me/bookings", {}, token).status, 200);
        second.stop();
        EXPECT_TRUE(second.errors().contains(QStringLiteral("read from ") + secretPath))
            << second.errors().toStdString();
        QFile f(secretPath);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_EQ(f.readAll().trimmed(), secret);
    }
    {
        // A new secret: the old token is worthless, which is what makes the kept one matter.
        ASSERT_TRUE(QFile::remove(secretPath));
        Server third(args);
        ASSERT_NE(third.port(), 0) << third.errors().toStdString();
        EXPECT_EQ(request(third.port(), "GET", "/api/v1/users/me/bookings", {}, token).status, 401);
    }
    {
        // A secret others may read is refused, not used.
        ASSERT_TRUE(QFile::setPermissions(secretPath,
                                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        Server refused(args);
        EXPECT_EQ(refused.port(), 0);
        EXPECT_NE(refused.exitCode(), 0);
        EXPECT_TRUE(refused.errors().contains(QStringLiteral("make it 0600"))) << refused.errors().toStdString();
    }
}

TEST_F(ServeProcessTest, configFileIsAppliedAndTheCommandLineOverridesIt) {
    const QString config = writeConfig(QStringLiteral("# written by the test\n"
                                                      "db = %1\n"
                                                      "listen = 127.0.0.1:0\n"
                                                      "threads = 3\n"
                                                      "state-dir = \"%2\"\n"
                                                      "no-rate-limit = true\n"
                                                      "search-cache-ttl =\n")
                                           .arg(m_db, m_state));
    {
        Server fromFile({QStringLiteral("--config"), config});
        ASSERT_NE(fromFile.port(), 0) << fromFile.errors().toStdString();
        EXPECT_EQ(workerThreads(fromFile.port()), "3");
        // The database is the file's, migrated on start: a search answers from its (empty) tables.
        const Response search =
            request(fromFile.port(), "GET", "/api/v1/hotels/search?city=Seoul&checkIn=2030-01-10&checkOut=2030-01-12");
        EXPECT_EQ(search.status, 200) << search.body.toStdString();
        fromFile.stop();
        EXPECT_TRUE(QFileInfo::exists(m_dir.filePath(QStringLiteral("hotel.sqlite"))));
        EXPECT_TRUE(QFileInfo::exists(QDir(m_state).filePath(QStringLiteral("jwt-secret"))));
    }
    {
        Server overridden({QStringLiteral("--config"), config, QStringLiteral("--threads"), QStringLiteral("2")});
        ASSERT_NE(overridden.port(), 0) << overridden.errors().toStdString();
        EXPECT_EQ(workerThreads(overridden.port()), "2");
    }
    QString errors;
    const QString unknown = writeConfig(QStringLiteral("db = %1\nthreds = 3\n").arg(m_db));
    EXPECT_EQ(run({QStringLiteral("serve"), QStringLiteral("--config"), unknown}, &errors), 2);
    EXPECT_TRUE(errors.contains(QStringLiteral(":2: unknown setting \"threds\""))) << errors.toStdString();
    const QString badValue = writeConfig(QStringLiteral("threads = many\n"));
    EXPECT_EQ(run({QStringLiteral("serve"), QStringLiteral("--config"), badValue}, &errors), 2);
    EXPECT_TRUE(errors.contains(QStringLiteral("--threads must be a whole number"))) << errors.toStdString();
    const QString badFlag = writeConfig(QStringLiteral("no-rate-limit = maybe\n"));
    EXPECT_EQ(run({QStringLiteral("serve"), QStringLiteral("--config"), badFlag}, &errors), 2);
    EXPECT_TRUE(errors.contains(QStringLiteral("no-rate-limit must be true or false"))) << errors.toStdString();
    EXPECT_EQ(run({QStringLiteral("serve"), QStringLiteral("--config"), m_dir.filePath(QStringLiteral("none.conf"))},
                  &errors),
              2);
    EXPECT_TRUE(errors.contains(QStringLiteral("cannot be read"))) << errors.toStdString();
}

TEST_F(ServeProcessTest, secondServerOnTheSamePortFailsWithAMessage) {
    const QStringList common{QStringLiteral("--db"),        m_db,
                             QStringLiteral("--state-dir"), m_state,
                             QStringLiteral("--config"),    QStringLiteral("/dev/null")};
    Server first(common + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    ASSERT_NE(first.port(), 0) << first.errors().toStdString();
    Server second(common + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(first.port())});
    EXPECT_EQ(second.port(), 0);
    EXPECT_EQ(second.exitCode(), 1);
    EXPECT_TRUE(second.errors().contains(QStringLiteral("already in use"))) << second.errors().toStdString();
    // The first still has every connection.
    for (int i = 0; i < 20; ++i)
        ASSERT_EQ(request(first.port(), "GET", "/healthz").status, 200);
}

} // namespace
