// The same widget flows over the real SqlBackend on a freshly seeded SQLite demo database.
#include "PortalTestSupport.h"
#include "client/SqlBackend.h"
#include "domain/Policy.h"
#include "seed/Seeder.h"
#include "store/Store.h"
#include "ui/availability/GridActionDialogs.h"
#include "ui/bookings/NewBookingDialog.h"

#include <QAction>
#include <QLabel>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace hotel;
using namespace hotel::test;

namespace {

SqlBackend *seededDemo(const QString &path) {
    DbConfig config;
    config.driver = DbConfig::Driver::Sqlite;
    config.path = path;
    SqlBackend::Options options;
    options.kind = Backend::Kind::Demo;
    options.prepare = [](Store &store) -> VoidResult {
        SeedOptions seed;
        seed.hotels = 2;
        seed.seed = 7;
        seed.days = 120;
        auto seeded = seedDemoData(store, seed);
        if (!seeded)
            return seeded.error();
        return Unit{};
    };
    return new SqlBackend(config, options);
}

} // namespace

TEST(PortalOnSqlite, BookAndBlockFromTheGridOnTheSeededDemo) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    MainWindow window{BackendFactory{}, nullptr};
    window.resize(1280, 800);
    window.show();
    window.useBackend(seededDemo(dir.filePath(QStringLiteral("demo.sqlite"))), ConnectionSettings{});
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !window.availability()->isGridLoading() && window.availability()->gridModel()->rowCount() > 0; },
        30000))
        << window.availability()->emptyStateText().toStdString();
    InventoryGridModel *model = window.availability()->gridModel();
    auto available = [&](int row, int column) {
        return model->index(row, column).data(InventoryGridModel::AvailableRole).toInt();
    };
    const int row = 0, first = 3, last = 4;
    const int before = available(row, first), beforeLast = available(row, last);
    const int beforeAfter = available(row, last + 1);
    ASSERT_GT(before, 1);
    window.availability()->grid()->selectNights(row, first, last);
    ASSERT_TRUE(window.availability()->newBookingAction()->isEnabled());
    window.availability()->newBookingAction()->trigger();
    auto *dialog = waitForChild<NewBookingDialog>(&window);
    ASSERT_TRUE(dialog);
    dialog->setGuest(QStringLiteral("Seo-yeon Choi"), QStringLiteral("seoyeon@example.kr"), QStringLiteral("+82 2 555"),
                     1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->canConfirm(); }, 10000)) << dialog->errorText().toStdString();
    dialog->accept();
    ASSERT_TRUE(QTest::qWaitFor([&] { return available(row, first) == before - 1; }, 10000))
        << dialog->errorText().toStdString();
    EXPECT_EQ(available(row, last), beforeLast - 1);
    EXPECT_EQ(available(row, last + 1), beforeAfter); // the check-out morning is not a booked night
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("Seo-yeon Choi")));
    saveShot(&window, QStringLiteral("sqlite-grid-after-booking"));

    window.availability()->grid()->selectNights(row, first, last);
    ASSERT_TRUE(window.availability()->blockRoomsAction()->isEnabled());
    window.availability()->blockRoomsAction()->trigger();
    auto *block = waitForChild<RoomBlockDialog>(&window);
    ASSERT_TRUE(block);
    block->findChild<QSpinBox *>()->setValue(1);
    block->accept();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return model->index(row, last).data(InventoryGridModel::BlockedRole).toInt() == 1; }, 10000));
    EXPECT_EQ(available(row, first), before - 2);
    saveShot(&window, QStringLiteral("sqlite-grid-after-block"));
}

TEST(PortalOnSqlite, TheQuoteIsWhatTheStoreCharges) {
    // 799.15 a night at 10 %: taxes of 79.915, which truncate to 79.91 but the store rounds to 79.92. The
    // dialog's total must be the stored one, to the cent.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    DbConfig config;
    config.driver = DbConfig::Driver::Sqlite;
    config.path = dir.filePath(QStringLiteral("rounding.sqlite"));
    SqlBackend::Options options;
    options.kind = Backend::Kind::Demo;
    options.prepare = [](Store &store) -> VoidResult {
        Hotel hotel;
        hotel.name = QStringLiteral("Rounding Inn");
        hotel.city = QStringLiteral("Seoul");
        hotel.country = QStringLiteral("KR");
        hotel.taxRateBasisPoints = 1000;
        hotel.timeZone = "Asia/Seoul";
        auto created = store.createHotel(Actor::system(), hotel);
        if (!created)
            return created.error();
        RoomType type;
        type.hotelId = created->id;
        type.name = QStringLiteral("Standard Double");
        type.basePrice = 79915;
        type.totalRooms = 4;
        auto typeCreated = store.createRoomType(Actor::system(), type, policy::hotelToday(*created).addDays(-1), 30);
        if (!typeCreated)
            return typeCreated.error();
        return Unit{};
    };
    MainWindow window{BackendFactory{}, nullptr};
    window.resize(1280, 800);
    window.show();
    window.useBackend(new SqlBackend(config, options), ConnectionSettings{});
    AvailabilityPage *page = window.availability();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page->isGridLoading() && page->gridModel()->rowCount() > 0; }, 30000))
        << page->emptyStateText().toStdString();
    page->grid()->selectNights(0, 2, 2);
    page->newBookingAction()->trigger();
    auto *dialog = waitForChild<NewBookingDialog>(&window);
    ASSERT_TRUE(dialog);
    dialog->setGuest(QStringLiteral("Min-jun Lee"), QStringLiteral("minjun@example.kr"), {}, 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->canConfirm(); }, 10000)) << dialog->errorText().toStdString();
    ASSERT_TRUE(dialog->quotedTotal());
    const Money quoted = *dialog->quotedTotal();
    EXPECT_EQ(quoted, 87907);
    EXPECT_TRUE(
        dialog->findChild<QLabel *>(QStringLiteral("priceBreakdown"))->text().contains(QStringLiteral("879.07")));
    std::optional<Booking> stored;
    QObject::connect(dialog, &NewBookingDialog::bookingCreated, &window, [&](const Booking &b) { stored = b; });
    dialog->accept();
    ASSERT_TRUE(QTest::qWaitFor([&] { return stored.has_value(); }, 10000));
    EXPECT_EQ(stored->totalPrice, quoted);
}
