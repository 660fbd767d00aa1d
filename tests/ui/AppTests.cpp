#include "PortalTestSupport.h"
#include "app/StartOptions.h"

#include <QAction>

using namespace hotel;
using namespace hotel::test;

TEST(StartOptions, FirstStartOpensTheDemoAndTheCommandLineWins) {
    const auto none = StartOptions::parse({QStringLiteral("hotel-portal")});
    EXPECT_TRUE(none.error.isEmpty());
    EXPECT_EQ(none.initialSettings(ConnectionSettings{}).kind, Backend::Kind::Demo); // nothing remembered

    ConnectionSettings remembered;
    remembered.kind = Backend::Kind::Rest;
    remembered.serverUrl = QStringLiteral("https://bookings.example.com");
    remembered.email = QStringLiteral("mina@hotel.example");
    EXPECT_EQ(none.initialSettings(remembered).kind, Backend::Kind::Rest);

    const auto demo = StartOptions::parse({QStringLiteral("hotel-portal"), QStringLiteral("--demo")});
    EXPECT_EQ(demo.initialSettings(remembered).kind, Backend::Kind::Demo);

    const auto db = StartOptions::parse(
        {QStringLiteral("hotel-portal"), QStringLiteral("--db"), QStringLiteral("postgresql://clerk@db:5433/hotels")});
    ASSERT_TRUE(db.error.isEmpty());
    const ConnectionSettings pg = db.initialSettings(remembered);
    EXPECT_EQ(pg.kind, Backend::Kind::Postgres);
    EXPECT_EQ(pg.port, 5433);
    EXPECT_EQ(pg.email, QStringLiteral("mina@hotel.example")); // who signs in is remembered, the password is not

    const auto both = StartOptions::parse({QStringLiteral("hotel-portal"), QStringLiteral("--demo"),
                                           QStringLiteral("--server"), QStringLiteral("https://x.example")});
    EXPECT_FALSE(both.error.isEmpty());
    const auto badServer = StartOptions::parse(
        {QStringLiteral("hotel-portal"), QStringLiteral("--server"), QStringLiteral("ftp://x.example")});
    EXPECT_TRUE(badServer.error.contains(QStringLiteral("--server")));
    const auto badDb =
        StartOptions::parse({QStringLiteral("hotel-portal"), QStringLiteral("--db"), QStringLiteral("mysql://x/y")});
    EXPECT_TRUE(badDb.error.contains(QStringLiteral("--db")));
}

TEST(PortalGrid, ScrollsThroughAYearAndOffersActionsInItsContextMenu) {
    PortalFixture f;
    ASSERT_TRUE(f.waitForGrid());
    EXPECT_GE(f.model()->columnCount(), 365);
    EXPECT_EQ(f.grid()->contextMenuPolicy(), Qt::ActionsContextMenu);
    const auto actions = f.grid()->actions();
    EXPECT_TRUE(actions.contains(f.window.availability()->newBookingAction()));
    EXPECT_TRUE(actions.contains(f.window.availability()->blockRoomsAction()));
    EXPECT_TRUE(actions.contains(f.window.availability()->unblockRoomsAction()));
    EXPECT_TRUE(actions.contains(f.window.availability()->setPriceAction()));
    for (QAction *action : {f.window.availability()->newBookingAction(), f.window.availability()->blockRoomsAction(),
                            f.window.availability()->unblockRoomsAction(), f.window.availability()->setPriceAction()})
        EXPECT_FALSE(action->shortcut().isEmpty()) << action->text().toStdString();
    // The last night of the year is reachable and has its tooltip.
    const QModelIndex last = f.model()->index(0, f.model()->columnCount() - 1);
    f.grid()->scrollTo(last);
    EXPECT_TRUE(f.grid()->viewport()->rect().intersects(f.grid()->visualRect(last)));
    EXPECT_FALSE(last.data(Qt::ToolTipRole).toString().isEmpty());
    // Today is marked: the first column (the grid opens on the hotel's today).
    EXPECT_TRUE(f.model()->index(0, 0).data(InventoryGridModel::TodayRole).toBool());
    // A selection over two rows offers no row action.
    f.grid()->selectionModel()->select(QItemSelection(f.model()->index(0, 3), f.model()->index(1, 4)),
                                       QItemSelectionModel::ClearAndSelect);
    EXPECT_FALSE(f.grid()->currentSelection());
    EXPECT_FALSE(f.window.availability()->blockRoomsAction()->isEnabled());
}
