// The same widget flows over the real SqlBackend on a freshly seeded SQLite demo database.
#include "PortalTestSupport.h"
#include "client/SqlBackend.h"
#include "seed/Seeder.h"
#include "store/Store.h"
#include "ui/availability/GridActionDialogs.h"
#include "ui/bookings/NewBookingDialog.h"

#include <QAction>
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
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.isGridLoading() && window.gridModel()->rowCount() > 0; }, 30000))
        << window.emptyStateText().toStdString();
    InventoryGridModel *model = window.gridModel();
    auto available = [&](int row, int column) {
        return model->index(row, column).data(InventoryGridModel::AvailableRole).toInt();
    };
    const int row = 0, first = 3, last = 4;
    const int before = available(row, first), beforeLast = available(row, last);
    const int beforeAfter = available(row, last + 1);
    ASSERT_GT(before, 1);
    window.grid()->selectNights(row, first, last);
    ASSERT_TRUE(window.newBookingAction()->isEnabled());
    window.newBookingAction()->trigger();
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

    window.grid()->selectNights(row, first, last);
    ASSERT_TRUE(window.blockRoomsAction()->isEnabled());
    window.blockRoomsAction()->trigger();
    auto *block = waitForChild<RoomBlockDialog>(&window);
    ASSERT_TRUE(block);
    block->findChild<QSpinBox *>()->setValue(1);
    block->accept();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return model->index(row, last).data(InventoryGridModel::BlockedRole).toInt() == 1; }, 10000));
    EXPECT_EQ(available(row, first), before - 2);
    saveShot(&window, QStringLiteral("sqlite-grid-after-block"));
}
