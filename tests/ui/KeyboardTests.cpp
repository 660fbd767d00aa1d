// The keyboard map through the real window: Alt-letters that do one thing each, Ctrl+F to the guest search from
// any tab, every command in a menu, and Help › Keyboard shortcuts read from those menus.
#include "PortalTestSupport.h"
#include "model/BookingListModel.h"
#include "ui/availability/GridActionDialogs.h"
#include "ui/bookings/BookingsView.h"
#include "ui/bookings/NewBookingDialog.h"
#include "ui/connection/ConnectionBanner.h"
#include "ui/connection/ConnectionDialog.h"
#include "ui/frontdesk/FrontDeskView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QRadioButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>

using namespace hotel;
using namespace hotel::test;

namespace {

// Alt+letter -> what claims it, among what is visible in `window` now: the menu bar's menus, the tabs, buttons,
// group boxes and labels with a buddy.
QMultiMap<QString, QString> mnemonics(QWidget *window) {
    QMultiMap<QString, QString> found;
    auto add = [&](const QString &text, const QString &what) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            found.insert(key.toString(), what + QLatin1Char(' ') + text);
    };
    for (QMenuBar *bar : window->findChildren<QMenuBar *>())
        for (QAction *a : bar->actions())
            if (a->isVisible())
                add(a->text(), QStringLiteral("menu"));
    for (QTabBar *tabs : window->findChildren<QTabBar *>())
        if (tabs->isVisible())
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), QStringLiteral("tab"));
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>())
        if (b->isVisible() && b->window() == window)
            add(b->text(), QStringLiteral("button"));
    for (QGroupBox *g : window->findChildren<QGroupBox *>())
        if (g->isVisible() && g->window() == window)
            add(g->title(), QStringLiteral("group"));
    for (QLabel *l : window->findChildren<QLabel *>())
        if (l->isVisible() && l->buddy() && l->window() == window)
            add(l->text(), QStringLiteral("label"));
    return found;
}

std::string clashes(QWidget *window, const QString &where) {
    const auto found = mnemonics(window);
    std::string out;
    for (const QString &key : found.uniqueKeys())
        if (found.count(key) > 1)
            out += QString(where + QStringLiteral(": ") + key + QStringLiteral(" -> ") +
                           QStringList(found.values(key)).join(QStringLiteral(", ")) + QLatin1Char('\n'))
                       .toStdString();
    return out;
}

struct SignedInPortal : PortalFixture {
    SignedInPortal() {
        EXPECT_TRUE(waitForGrid());
        EXPECT_TRUE(QTest::qWaitFor([this] { return bookings() && frontDesk(); }, 5000));
    }
    BookingsView *bookings() const { return window.findChild<BookingsView *>(); }
    FrontDeskView *frontDesk() const { return window.findChild<FrontDeskView *>(); }
};

} // namespace

TEST(PortalKeyboard, NoAltLetterIsClaimedTwiceInAnyWindowThePortalOpens) {
    SignedInPortal f;
    // A booking, so that the bookings page has a row to modify.
    NewBooking request;
    request.hotelId = f.model()->roomTypeAt(0)->hotelId;
    request.roomTypeId = f.model()->roomTypeAt(0)->id;
    request.checkIn = f.model()->dateAt(3);
    request.checkOut = f.model()->dateAt(5);
    request.numberOfGuests = 1;
    request.guestName = QStringLiteral("Ji-woo Kim");
    request.guestEmail = QStringLiteral("jiwoo@example.com");
    f.backend->createBooking(request);
    f.window.banner()->showMessage(ConnectionBanner::Severity::Error, QStringLiteral("Connection lost"),
                                   true); // its buttons count as well
    std::string found;
    for (int tab = 0; tab < f.window.tabs()->count(); ++tab) {
        f.window.tabs()->setCurrentIndex(tab);
        QApplication::processEvents();
        found += clashes(&f.window, QStringLiteral("main window, tab %1").arg(f.window.tabs()->tabText(tab)));
    }

    f.window.tabs()->setCurrentIndex(0);
    f.grid()->selectNights(0, 3, 4);
    f.window.availability()->newBookingAction()->trigger();
    auto *booking = waitForChild<NewBookingDialog>(&f.window);
    ASSERT_TRUE(booking);
    found += clashes(booking, QStringLiteral("new booking"));
    booking->reject();

    const GridSelection selection = *f.grid()->currentSelection();
    RoomBlockDialog block(RoomBlockDialog::Mode::Block, selection, &f.window);
    block.show();
    found += clashes(&block, QStringLiteral("block rooms"));
    NightPriceDialog price(selection, 10000, QStringLiteral("EUR"), &f.window);
    price.show();
    found += clashes(&price, QStringLiteral("set price"));

    ConnectionDialog connection(&f.window);
    connection.show();
    for (QRadioButton *kind : connection.findChildren<QRadioButton *>()) {
        kind->setChecked(true);
        QApplication::processEvents();
        found += clashes(&connection, QStringLiteral("connection (%1)").arg(kind->text()));
    }

    f.window.showShortcuts();
    auto *shortcuts = f.window.findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
    ASSERT_TRUE(shortcuts);
    found += clashes(shortcuts, QStringLiteral("keyboard shortcuts"));
    shortcuts->close();

    // The modify dialog is modal (exec): look at it when it opens.
    f.window.tabs()->setCurrentWidget(f.bookings());
    f.bookings()->reload();
    ASSERT_TRUE(QTest::qWaitFor([&] { return f.bookings()->model()->rowCount() == 1; }, 5000));
    f.bookings()->table()->selectRow(0);
    bool sawModify = false;
    QTimer::singleShot(100, [&] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            sawModify = true;
            found += clashes(modal, QStringLiteral("modify booking"));
            static_cast<QDialog *>(modal)->reject();
        }
    });
    f.bookings()->modifySelected();
    ASSERT_TRUE(QTest::qWaitFor([&] { return sawModify; }, 5000));
    EXPECT_TRUE(found.empty()) << found;
}

TEST(PortalKeyboard, CtrlFGoesToTheGuestSearchFromAnyTab) {
    SignedInPortal f;
    f.window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&f.window));
    f.window.tabs()->setCurrentIndex(0);
    f.grid()->setFocus();
    QTest::keyClick(f.grid(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(f.window.tabs()->currentWidget(), f.bookings());
    ASSERT_TRUE(QTest::qWaitFor([&] { return f.bookings()->searchField()->hasFocus(); }, 2000));
}

TEST(PortalKeyboard, EveryPageCommandIsInAMenuAndTheShortcutListComesFromThem) {
    SignedInPortal f;
    QStringList menus;
    for (QAction *a : f.window.menuBar()->actions())
        menus << a->text();
    EXPECT_TRUE(menus.contains(f.bookings()->menuTitle())) << menus.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(menus.contains(f.frontDesk()->menuTitle()));
    for (PortalPage *page : std::initializer_list<PortalPage *>{f.bookings(), f.frontDesk(), f.window.availability()})
        for (QAction *a : page->pageActions())
            if (!a->isSeparator()) {
                EXPECT_FALSE(a->associatedObjects().isEmpty()) << a->text().toStdString();
                EXPECT_FALSE(a->shortcut().isEmpty()) << a->text().toStdString();
            }
    // Only the page on screen owns the shared shortcuts (Ctrl+I checks in on either page).
    f.window.tabs()->setCurrentWidget(f.frontDesk());
    EXPECT_TRUE(f.frontDesk()->pageActions().first()->isEnabled());
    for (QAction *a : f.bookings()->pageActions())
        EXPECT_EQ(a->isEnabled(), a == f.bookings()->findAction()) << a->text().toStdString();

    f.window.showShortcuts();
    auto *table = f.window.findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
    ASSERT_TRUE(table);
    QStringList rows;
    for (int r = 0; r < table->rowCount(); ++r)
        rows << table->item(r, 1)->text() + QLatin1Char('=') + table->item(r, 2)->text();
    const QString all = rows.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("Find a guest…=") +
                             QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Check in selected arrival…=Ctrl+I"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("New booking…=Ctrl+N"))) << all.toStdString();
    saveShot(f.window.findChild<QDialog *>(QStringLiteral("shortcutsDialog")), QStringLiteral("keyboard-shortcuts"));
}
