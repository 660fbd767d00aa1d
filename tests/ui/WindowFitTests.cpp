// Windows that fit: minimum sizes within a 1280x720 logical screen (run at 100 %, 125 % and 200 % by ctest),
// saved geometry clamped to the screen, and the theme applied at once.
#include "PortalTestSupport.h"
#include "ui/availability/GridActionDialogs.h"
#include "ui/bookings/NewBookingDialog.h"
#include "ui/connection/ConnectionDialog.h"
#include "ui/frame/Theme.h"

#include <QAction>
#include <QApplication>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>

using namespace hotel;
using namespace hotel::test;

namespace {

const QSize smallScreen(1280, 720);

std::string describe(QWidget *w) {
    const QSize s = w->minimumSizeHint().expandedTo(w->minimumSize());
    return QString(QLatin1String(w->metaObject()->className()) +
                   QStringLiteral(" needs %1x%2").arg(s.width()).arg(s.height()))
        .toStdString();
}

void expectFits(QWidget *w) {
    const QSize needed = w->minimumSizeHint().expandedTo(w->minimumSize());
    EXPECT_LE(needed.width(), smallScreen.width()) << describe(w);
    EXPECT_LE(needed.height(), smallScreen.height()) << describe(w);
}

} // namespace

TEST(PortalLayout, MainWindowAndDialogsFitA1280x720Screen) {
    PortalFixture f;
    ASSERT_TRUE(f.waitForGrid());
    ASSERT_TRUE(QTest::qWaitFor([&] { return f.window.tabs()->count() >= 3; }, 5000));
    // Every page in turn: the window's minimum is the largest page's.
    for (int i = 0; i < f.window.tabs()->count(); ++i) {
        f.window.tabs()->setCurrentIndex(i);
        QTest::qWait(20);
        expectFits(&f.window);
    }
    ConnectionDialog connection;
    ConnectionSettings s;
    s.kind = Backend::Kind::Postgres;
    connection.setSettings(s);
    expectFits(&connection);
    NewBookingDialog booking(f.window.backend(), {});
    expectFits(&booking);
    GridSelection selection{1, 1, QStringLiteral("Deluxe Double Room"), QDate(2030, 1, 1), QDate(2030, 1, 8), 3, 1, 0};
    RoomBlockDialog block(RoomBlockDialog::Mode::Block, selection);
    expectFits(&block);
    NightPriceDialog price(selection, 25000000, QStringLiteral("KRW"));
    expectFits(&price);
}

TEST(PortalWindow, ClampsARectToTheScreen) {
    const QRect screen(0, 0, 1280, 720);
    EXPECT_EQ(clampToScreen(QRect(0, 0, 800, 600), screen), QRect(0, 0, 800, 600));
    EXPECT_EQ(clampToScreen(QRect(100, 50, 3000, 2000), screen), screen);
    EXPECT_EQ(clampToScreen(QRect(1000, 600, 800, 600), screen), QRect(480, 120, 800, 600));
    EXPECT_EQ(clampToScreen(QRect(-200, -50, 800, 600), screen), QRect(0, 0, 800, 600));
    // A screen to the right of the primary one.
    EXPECT_EQ(clampToScreen(QRect(1200, 0, 2000, 900), QRect(1280, 0, 1920, 1080)), QRect(1280, 0, 1920, 900));
}

TEST(PortalWindow, ASavedGeometryLargerThanTheScreenIsClampedToIt) {
    QScreen *screen = QGuiApplication::primaryScreen();
    ASSERT_TRUE(screen);
    const QRect available = screen->availableGeometry();
    QByteArray saved;
    {
        QWidget big;
        big.setGeometry(available.left() + 40, available.top() + 40, available.width() * 2, available.height() * 2);
        saved = big.saveGeometry();
    }
    PortalFixture f;
    EXPECT_TRUE(restoreGeometryOnScreen(&f.window, saved));
    QTest::qWait(20);
    // Clamped to the screen, except where the window cannot be smaller (the test platform's screen is only
    // 800x800; PortalLayout checks that the minimum fits 1280x720).
    const QSize least = f.window.minimumSizeHint().expandedTo(f.window.minimumSize());
    const QRect g = f.window.frameGeometry();
    EXPECT_LE(g.width(), std::max(available.width(), least.width() + (g.width() - f.window.width())))
        << g.width() << "x" << g.height() << " on " << available.width() << "x" << available.height();
    EXPECT_LE(g.height(), std::max(available.height(), least.height() + (g.height() - f.window.height())));
    EXPECT_TRUE(available.contains(g.topLeft())) << "it opens on the screen";
    EXPECT_GT(f.window.width(), available.width() / 2);
}

TEST(PortalWindow, ChoosingDarkChangesThePaletteAtOnceAndIsKept) {
    PortalFixture f;
    const QColor before = f.window.palette().color(QPalette::Window);
    QAction *dark = f.window.themeAction(Theme::Dark);
    QAction *light = f.window.themeAction(Theme::Light);
    QAction *system = f.window.themeAction(Theme::System);
    ASSERT_TRUE(dark && light && system);
    dark->trigger();
    EXPECT_TRUE(dark->isChecked());
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), darkPalette().color(QPalette::Window));
    QTest::qWait(50); // widgets take the application palette on the next turn of the event loop
    EXPECT_EQ(f.window.palette().color(QPalette::Window), darkPalette().color(QPalette::Window));
    EXPECT_LT(f.window.palette().color(QPalette::Window).lightnessF(), 0.3);
    EXPECT_LT(f.grid()->palette().color(QPalette::Base).lightnessF(), 0.3);
    EXPECT_EQ(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    EXPECT_EQ(savedTheme(), Theme::Dark);
    EXPECT_EQ(QSettings().value(QStringLiteral("view/theme")).toString(), QStringLiteral("dark"));
    light->trigger();
    QTest::qWait(50); // widgets take the application palette on the next turn of the event loop
    EXPECT_GT(f.window.palette().color(QPalette::Window).lightnessF(), 0.7);
    EXPECT_FALSE(dark->isChecked());
    system->trigger();
    QTest::qWait(50);
    EXPECT_EQ(f.window.palette().color(QPalette::Window), before);
    EXPECT_EQ(savedTheme(), Theme::System);
    saveShot(&f.window, QStringLiteral("theme-system"));
}
