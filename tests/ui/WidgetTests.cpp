#include "PortalTestSupport.h"
#include "model/MoneyText.h"
#include "ui/connection/ConnectionDialog.h"
#include "ui/connection/CredentialStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QToolBar>

using namespace hotel;
using namespace hotel::test;

namespace {

// Every label and button shows its whole text: nothing a clerk reads is cut off.
void expectNothingTruncated(QWidget *root) {
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root) || w->inherits("QHeaderView"))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w); label && !label->wordWrap() && !label->text().isEmpty()) {
            EXPECT_GE(label->width(), label->minimumSizeHint().width()) << label->text().toStdString();
        }
        if (auto *button = qobject_cast<QAbstractButton *>(w); button && !button->text().isEmpty()) {
            EXPECT_GE(button->width(), button->minimumSizeHint().width()) << button->text().toStdString();
        }
    }
}

} // namespace

TEST(PortalLayout, MainWindowHoldsAtThisScaleAndPalette) {
    PortalFixture f;
    ASSERT_TRUE(f.waitForGrid());
    f.grid()->selectNights(0, 0, 2);
    QTest::qWait(20);
    expectNothingTruncated(&f.window);
    // The date header shows both lines (weekday and date) in full.
    const QHeaderView *header = f.grid()->horizontalHeader();
    EXPECT_GE(header->height(), header->fontMetrics().height() * 2);
    EXPECT_GE(header->sectionSize(0), header->fontMetrics().horizontalAdvance(QStringLiteral("88 MMM")));
    // Every cell is wide enough for its "left/total" text.
    const QString text = f.model()->index(0, 0).data().toString();
    EXPECT_GE(header->sectionSize(0), f.grid()->fontMetrics().horizontalAdvance(text));
    // Room type names are not cut off in the frozen column.
    for (int row = 0; row < f.model()->rowCount(); ++row)
        EXPECT_GE(f.grid()->verticalHeader()->width(),
                  f.grid()->fontMetrics().horizontalAdvance(f.model()->headerData(row, Qt::Vertical).toString()));
    const QString path = saveShot(&f.window, QStringLiteral("main-window"));

    // In a dark palette the grid's cells stay dark (no glaring white boxes) and the text stays light.
    const QImage image = f.grid()->viewport()->grab().toImage();
    const QRect cell = f.grid()->visualRect(f.model()->index(0, 5));
    const QColor background = image.pixelColor(cell.left() + 2, cell.top() + 2);
    const bool darkPalette = QApplication::palette().color(QPalette::Base).lightnessF() < 0.5;
    if (darkPalette)
        EXPECT_LT(background.lightnessF(), 0.5);
    else
        EXPECT_GT(background.lightnessF(), 0.5);
}

TEST(PortalLayout, DialogsHoldAtThisScale) {
    ConnectionDialog dialog;
    ConnectionSettings s;
    s.kind = Backend::Kind::Postgres;
    dialog.setSettings(s);
    dialog.show();
    QTest::qWait(20);
    expectNothingTruncated(&dialog);
    saveShot(&dialog, QStringLiteral("connection-dialog"));
}

TEST(ConnectionDialog, NamesTheMissingFieldAndKeepsSecretsOutOfSettings) {
    ConnectionDialog dialog;
    ConnectionSettings s;
    s.kind = Backend::Kind::Postgres;
    s.host.clear();
    dialog.setSettings(s);
    dialog.show();
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("connectionMessage"));
    ASSERT_TRUE(message);
    EXPECT_TRUE(message->text().contains(QStringLiteral("host")));

    s.host = QStringLiteral("db.example");
    s.dbUser = QStringLiteral("clerk");
    s.dbPassword = QStringLiteral("db-secret");
    s.email = QStringLiteral("mina@hotel.example");
    s.password = QStringLiteral("sign-in-secret");
    dialog.setSettings(s);
    dialog.accept();
    EXPECT_FALSE(dialog.isVisible());
    const ConnectionSettings chosen = dialog.settings();
    EXPECT_EQ(chosen.dbPassword, QStringLiteral("db-secret"));

    const QString file = QDir::temp().filePath(QStringLiteral("hotel-portal-settings-test.ini"));
    QFile::remove(file);
    {
        QSettings settings(file, QSettings::IniFormat);
        chosen.save(settings);
    }
    QFile saved(file);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    const QByteArray content = saved.readAll();
    EXPECT_FALSE(content.contains("db-secret"));
    EXPECT_FALSE(content.contains("sign-in-secret"));
    QSettings settings(file, QSettings::IniFormat);
    const ConnectionSettings loaded = ConnectionSettings::load(settings);
    EXPECT_EQ(loaded.kind, Backend::Kind::Postgres);
    EXPECT_EQ(loaded.host, QStringLiteral("db.example"));
    EXPECT_EQ(loaded.email, QStringLiteral("mina@hotel.example"));
    EXPECT_TRUE(loaded.password.isEmpty());
    QFile::remove(file);
}

TEST(ConnectionSettings, ParsesDatabaseUrls) {
    auto pg = ConnectionSettings::fromDatabaseUrl(QStringLiteral("postgresql://clerk:pw@db.example:5433/hotels"));
    ASSERT_TRUE(pg);
    EXPECT_EQ(pg->kind, Backend::Kind::Postgres);
    EXPECT_EQ(pg->port, 5433);
    EXPECT_EQ(pg->dbPassword, QStringLiteral("pw"));
    EXPECT_FALSE(pg->databaseUrl(false).contains(QStringLiteral("pw")));
    EXPECT_FALSE(ConnectionSettings::fromDatabaseUrl(QStringLiteral("mysql://x/y")));
}

TEST(CredentialStore, WithoutAKeychainAnswersWithAnErrorInsteadOfHanging) {
    // Headless: no Secret Service. QtKeychain fails (OtherError) or never answers; either way the portal gets an
    // error it can act on (ask again) within its own timeout, and nothing is written to a file.
    CredentialStore store(QStringLiteral("hotel-portal-test"));
    store.setTimeout(3000);
    auto future = store.readSecret(QStringLiteral("nobody@nowhere"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return future.isFinished(); }, 10000));
    const Result<QString> result = future.result();
    if (result.ok())
        GTEST_SKIP() << "a keychain is running here and has an entry";
    EXPECT_TRUE(result.error().kind == BackendError::Kind::Unavailable ||
                result.error().kind == BackendError::Kind::Timeout ||
                result.error().kind == BackendError::Kind::NotFound);
    EXPECT_FALSE(result.error().userMessage.isEmpty());
}

TEST(CredentialStoreKeychain, RoundTripThroughSecretService) {
    // Run by the portal_keychain test inside dbus-run-session with an unlocked gnome-keyring (see CMakeLists).
    if (qEnvironmentVariable("HOTEL_TEST_KEYCHAIN") != QLatin1String("1"))
        GTEST_SKIP() << "needs a Secret Service: run through ctest -R portal_keychain";
    CredentialStore store(QStringLiteral("hotel-portal-test"));
    store.setTimeout(10000);
    const QString key = QStringLiteral("signin:mina@hotel.example at test");
    auto written = store.writeSecret(key, QStringLiteral("s3cret-Ä"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return written.isFinished(); }, 15000));
    ASSERT_TRUE(written.result().ok()) << written.result().error().detail.toStdString();
    auto read = store.readSecret(key);
    ASSERT_TRUE(QTest::qWaitFor([&] { return read.isFinished(); }, 15000));
    ASSERT_TRUE(read.result().ok()) << read.result().error().detail.toStdString();
    EXPECT_EQ(read.result().value(), QStringLiteral("s3cret-Ä"));
    auto removed = store.deleteSecret(key);
    ASSERT_TRUE(QTest::qWaitFor([&] { return removed.isFinished(); }, 15000));
    EXPECT_TRUE(removed.result().ok());
    auto again = store.readSecret(key);
    ASSERT_TRUE(QTest::qWaitFor([&] { return again.isFinished(); }, 15000));
    ASSERT_FALSE(again.result().ok());
    EXPECT_EQ(again.result().error().kind, BackendError::Kind::NotFound);
}

TEST(AvailabilityGridView, ColumnsWidenForSixDigitPrices) {
    InventoryGridModel model;
    InventoryGrid grid;
    grid.hotelId = 1;
    grid.from = QDate(2026, 12, 1);
    grid.to = grid.from.addDays(3);
    RoomType type;
    type.id = 1;
    type.name = QStringLiteral("Ondol Room");
    type.currency = QStringLiteral("KRW");
    grid.roomTypes = {type};
    for (int d = 0; d < 3; ++d)
        grid.nights.append(InventoryNight{1, grid.from.addDays(d), 5, 1, 0, 0, 17442000}); // 174,420 won
    AvailabilityGridView view;
    view.setGridModel(&model);
    model.setGrid(grid);
    // The price is drawn as money, grouped and with the currency, never as "174420.00", and fits its column.
    const QString drawn = model.index(0, 0).data(InventoryGridModel::PriceTextRole).toString();
    EXPECT_EQ(drawn, formatMoney(17442000, QStringLiteral("KRW")));
    EXPECT_FALSE(drawn.contains(QStringLiteral(".00"))) << drawn.toStdString();
    EXPECT_TRUE(drawn.contains(QStringLiteral("KRW")) || drawn.contains(QStringLiteral("₩"))) << drawn.toStdString();
    EXPECT_GT(view.horizontalHeader()->sectionSize(0), view.fontMetrics().horizontalAdvance(drawn));
}
