// The bookings, front desk and prices views driven through their widgets over a real SqlBackend (SQLite file).
#include "TestDatabase.h"
#include "client/SqlBackend.h"
#include "domain/Policy.h"
#include "model/BookingListModel.h"
#include "model/MoneyText.h"
#include "model/PriceTableModel.h"
#include "ui/bookings/BookingsView.h"
#include "ui/bookings/ModifyBookingDialog.h"
#include "ui/frontdesk/FrontDeskView.h"
#include "ui/prices/PricesView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCategoryAxis>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QValueAxis>
#include <gtest/gtest.h>

using namespace hotel;
using namespace hotel::test;

namespace {

void screenshot(QWidget *w, const char *name) {
    QDir().mkpath(QStringLiteral(HOTEL_VIEWS_SHOT_DIR));
    w->grab().save(QStringLiteral(HOTEL_VIEWS_SHOT_DIR "/%1.png").arg(QLatin1String(name)));
}

// Answers the next modal dialog (room choice, reason) as a clerk would.
// Gives up after about five seconds, so that it never reaches into a later test.
// A poller left from an earlier test (its dialog never came) stops when the next test starts.
int testGeneration = 0;

void whenDialogOpens(std::function<void(QWidget *)> act, int triesLeft = 100, int generation = -1) {
    if (generation < 0)
        generation = testGeneration;
    QTimer::singleShot(50, [act, triesLeft, generation] {
        if (generation != testGeneration)
            return;
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal) {
            if (triesLeft > 0)
                whenDialogOpens(act, triesLeft - 1, generation);
            return;
        }
        act(modal);
    });
}

class ViewsTest : public ::testing::Test {
protected:
    void SetUp() override {
        ++testGeneration;
        QString whyNot;
        m_db = TestDatabase::create(TestDatabase::Kind::Sqlite, &whyNot);
        ASSERT_TRUE(m_db) << whyNot.toStdString();
        auto store = m_db->open();
        store->setClock(nullptr); // the views work on the real date
        m_hotel = makeHotel(*store, QStringLiteral("Seoul"), {3, 2});
        ASSERT_TRUE(store->extendInventory(QDate::currentDate().addDays(60)));
        m_desk = makeUser(*store, QStringLiteral("desk@example.com"), Role::FrontDesk, {m_hotel.hotel.id});
        makeUser(*store, QStringLiteral("rev@example.com"), Role::Revenue, {m_hotel.hotel.id});
        m_today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Seoul")).date();
        auto b = store->createBooking(m_desk.actor(), bookingRequest(m_hotel, 0, m_today, m_today.addDays(2)));
        ASSERT_TRUE(b) << b.error().userMessage.toStdString();
        m_arrival = b.value();
        m_later =
            store->createBooking(m_desk.actor(), bookingRequest(m_hotel, 1, m_today.addDays(5), m_today.addDays(7)))
                .value();
    }
    std::unique_ptr<SqlBackend> signedIn(const char *email) {
        SqlBackend::Options options;
        options.kind = Backend::Kind::Postgres; // signs in like a real connection
        auto backend = std::make_unique<SqlBackend>(m_db->config(), options);
        auto f = backend->signIn(QLatin1String(email), QStringLiteral("correct horse"));
        EXPECT_TRUE(QTest::qWaitFor([&] { return backend->session().has_value(); }, 10000));
        return backend;
    }

    std::unique_ptr<TestDatabase> m_db;
    HotelFixture m_hotel;
    User m_desk;
    QDate m_today;
    Booking m_arrival, m_later;
};

TEST_F(ViewsTest, modelsPassTheModelTester) {
    BookingListModel bookings;
    QAbstractItemModelTester t1(&bookings, QAbstractItemModelTester::FailureReportingMode::Fatal);
    bookings.setBookings({m_arrival, m_later});
    EXPECT_EQ(bookings.rowCount(), 2);
    EXPECT_EQ(bookings.index(0, BookingListModel::CodeColumn).data().toString(), m_arrival.confirmationCode);
    EXPECT_EQ(bookings.index(1, 0).data(BookingListModel::BookingIdRole).toLongLong(), m_later.id);
    bookings.setBookings({});
    PriceTableModel prices;
    QAbstractItemModelTester t2(&prices, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<InventoryNight> nights;
    for (int i = 0; i < 7; ++i)
        nights << InventoryNight{1, QDate(2030, 3, 4).addDays(i), 10, 2, 1, 0, 10000}; // Monday 4 March on
    prices.setNights(nights);
    EXPECT_FALSE(prices.isModified());
    prices.adjustPercent({0, 1, 2, 3, 4, 5, 6}, 10, true); // Friday 8 and Saturday 9 only
    EXPECT_EQ(prices.priceAt(3), 10000);
    EXPECT_EQ(prices.priceAt(4), 11000);
    EXPECT_EQ(prices.priceAt(5), 11000);
    EXPECT_EQ(prices.changedPrices().size(), 2);
    EXPECT_TRUE(prices.setData(prices.index(0, PriceTableModel::PriceColumn), QStringLiteral("99.95")));
    EXPECT_FALSE(prices.setData(prices.index(0, PriceTableModel::PriceColumn), QStringLiteral("-3")));
    EXPECT_EQ(prices.priceAt(0), 9995);
    EXPECT_EQ(prices.index(0, PriceTableModel::OccupancyColumn).data().toInt(), 30);
    prices.revert();
    EXPECT_FALSE(prices.isModified());
}

TEST_F(ViewsTest, frontDeskChecksInWithARoomOfTheBookedTypeAndChecksOut) {
    auto backend = signedIn("desk@example.com");
    FrontDeskView view(backend.get());
    view.resize(1300, 800);
    view.show();
    QSignalSpy loaded(&view, &FrontDeskView::loaded);
    view.setHotel(m_hotel.hotel.id);
    ASSERT_TRUE(loaded.wait(10000));
    ASSERT_EQ(view.arrivals()->rowCount(), 1);
    EXPECT_EQ(view.inHouse()->rowCount(), 0);
    EXPECT_EQ(view.roomRack()->rowCount(), 5);
    screenshot(&view, "front-desk-arrivals");

    // Put the first room of the type under maintenance: the room choice must not offer it.
    view.roomRack()->selectRow(0);
    view.toggleMaintenance();
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_EQ(view.rooms().first().status, RoomStatus::Maintenance);

    view.arrivalsTable()->selectRow(0);
    QStringList offered;
    whenDialogOpens([&offered](QWidget *dialog) {
        auto *list = dialog->findChild<QListWidget *>();
        for (int i = 0; list && i < list->count(); ++i)
            offered << list->item(i)->text();
        if (list)
            list->setCurrentRow(list->count() - 1);
        static_cast<QDialog *>(dialog)->accept();
    });
    view.checkInSelectedArrival();
    ASSERT_TRUE(loaded.wait(10000));
    ASSERT_EQ(offered.size(), 2)
        << offered.join(QLatin1Char(',')).toStdString(); // 3 rooms of the type, 1 in maintenance
    EXPECT_FALSE(offered.join(QLatin1Char(' ')).contains(QLatin1String("Room 101")));
    ASSERT_EQ(view.inHouse()->rowCount(), 1);
    EXPECT_EQ(view.inHouse()->bookingAt(0)->roomNumber, QStringLiteral("103"));
    EXPECT_EQ(view.arrivals()->rowCount(), 0);
    screenshot(&view, "front-desk-checked-in");

    view.inHouseTable()->selectRow(0);
    view.checkOutSelectedGuest();
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_EQ(view.inHouse()->rowCount(), 0);
    for (const Room &r : view.rooms())
        EXPECT_NE(r.status, RoomStatus::Occupied);
}

TEST_F(ViewsTest, frontDeskChecksInFromTheKeyboardInTwoKeys) {
    auto backend = signedIn("desk@example.com");
    FrontDeskView view(backend.get());
    view.resize(1300, 800);
    view.show();
    view.activateWindow();
    QSignalSpy loaded(&view, &FrontDeskView::loaded);
    view.setHotel(m_hotel.hotel.id);
    ASSERT_TRUE(loaded.wait(10000));
    ASSERT_EQ(view.arrivals()->rowCount(), 1);
    view.arrivalsTable()->setFocus(Qt::TabFocusReason);
    int keys = 0;
    // The room choice opens with the first free room chosen; Enter takes it.
    whenDialogOpens([&keys](QWidget *dialog) {
        ++keys;
        QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog, Qt::Key_Return);
    });
    ++keys;
    QTest::keyClick(view.arrivalsTable(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.inHouse()->rowCount() == 1; }, 10000));
    EXPECT_EQ(view.arrivals()->rowCount(), 0);
    EXPECT_LE(keys, 3);
    EXPECT_EQ(keys, 2);
}

TEST_F(ViewsTest, bookingsViewCancelsWithARefundAndFilters) {
    auto backend = signedIn("desk@example.com");
    BookingsView view(backend.get());
    view.resize(1300, 700);
    view.show();
    QSignalSpy loaded(&view, &BookingsView::loaded);
    QSignalSpy firstMessages(&view, &BookingsView::message);
    view.setHotel(m_hotel.hotel.id);
    ASSERT_TRUE(loaded.wait(10000)) << (firstMessages.isEmpty()
                                            ? std::string("no message")
                                            : firstMessages.last().first().toString().toStdString());
    ASSERT_EQ(view.model()->rowCount(), 2);
    QAbstractItemModelTester tester(view.model());
    // Select the later stay (sorted by check-in, it is the second row).
    view.table()->selectRow(1);
    ASSERT_TRUE(view.selectedBooking());
    EXPECT_EQ(view.selectedBooking()->id, m_later.id);
    QSignalSpy messages(&view, &BookingsView::message);
    QString question;
    whenDialogOpens([&question](QWidget *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        if (input) {
            question = input->labelText();
            input->setTextValue(QStringLiteral("Guest called"));
        }
        static_cast<QDialog *>(dialog)->accept();
    });
    view.cancelSelected();
    ASSERT_TRUE(loaded.wait(10000));
    // Asked with the refund by the hotel's policy: the deadline in Seoul's time and the whole total back.
    const auto terms = policy::cancellationTerms(m_hotel.hotel, m_later, QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(terms.free);
    EXPECT_TRUE(question.contains(terms.deadlineText)) << question.toStdString();
    EXPECT_TRUE(
        question.contains(QStringLiteral("gets %1 back").arg(formatMoney(m_later.totalPrice, m_later.currency))))
        << question.toStdString();
    ASSERT_GE(messages.count(), 1);
    EXPECT_TRUE(messages.last().first().toString().contains(QLatin1String("refund")))
        << messages.last().first().toString().toStdString();
    auto store = m_db->open();
    auto cancelled = store->booking(Actor::system(), m_later.id);
    EXPECT_EQ(cancelled->status, BookingStatus::Cancelled);
    EXPECT_EQ(cancelled->cancelReason, QStringLiteral("Guest called"));
    screenshot(&view, "bookings-cancelled");
    EXPECT_TRUE(store->audit()->clean());
}

TEST(CancellationQuestion, AfterTheDeadlineItNamesThePenalty) {
    Hotel hotel;
    hotel.timeZone = "Asia/Seoul";
    hotel.checkInTime = QTime(15, 0);
    hotel.freeCancellationHours = 24;
    Booking b;
    b.checkIn = QDate(2030, 5, 10);
    b.checkOut = QDate(2030, 5, 12);
    b.totalPrice = 25000000; // 250,000 won
    b.currency = QStringLiteral("KRW");
    const QDateTime late(QDate(2030, 5, 9), QTime(7, 0), Qt::UTC); // 16:00 in Seoul, after the 15:00 deadline
    const QString text = BookingsView::cancellationText(hotel, b, late);
    EXPECT_TRUE(text.contains(QStringLiteral("2030-05-09 15:00"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("no refund"))) << text.toStdString();
    const QString early = BookingsView::cancellationText(hotel, b, late.addDays(-3));
    EXPECT_TRUE(early.contains(QStringLiteral("gets"))) << early.toStdString();
    // Whole won with grouping, never a fraction of a won.
    EXPECT_TRUE(early.contains(formatMoney(b.totalPrice, b.currency))) << early.toStdString();
    EXPECT_TRUE(early.contains(QStringLiteral("250,000"))) << early.toStdString();
    EXPECT_FALSE(early.contains(QStringLiteral("250000.00"))) << early.toStdString();
}

TEST_F(ViewsTest, bookingsViewMovesAStayToAnotherRoomType) {
    auto backend = signedIn("desk@example.com");
    BookingsView view(backend.get());
    view.resize(1300, 700);
    view.show();
    QSignalSpy loaded(&view, &BookingsView::loaded);
    view.setHotel(m_hotel.hotel.id);
    ASSERT_TRUE(loaded.wait(10000));
    view.table()->selectRow(0);
    ASSERT_EQ(view.selectedBooking()->id, m_arrival.id);
    bool sawTypes = false;
    whenDialogOpens([&sawTypes, this](QWidget *dialog) {
        for (auto *combo : dialog->findChildren<QComboBox *>()) {
            const int index = combo->findData(m_hotel.roomTypes[1].id);
            if (index >= 0) {
                combo->setCurrentIndex(index);
                sawTypes = true;
            }
        }
        static_cast<QDialog *>(dialog)->accept();
    });
    view.modifySelected();
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_TRUE(sawTypes);
    auto store = m_db->open();
    EXPECT_EQ(store->booking(Actor::system(), m_arrival.id)->roomTypeId, m_hotel.roomTypes[1].id);
    EXPECT_TRUE(store->audit()->clean());
    screenshot(&view, "bookings-modified");
}

TEST_F(ViewsTest, revenueRaisesWeekendPricesAndTheChartMoves) {
    auto backend = signedIn("rev@example.com");
    PricesView view(backend.get());
    view.resize(1300, 800);
    view.show();
    QSignalSpy loaded(&view, &PricesView::loaded);
    QSignalSpy firstMessages(&view, &PricesView::message);
    view.setHotel(m_hotel.hotel.id);
    ASSERT_TRUE(loaded.wait(10000)) << (firstMessages.isEmpty()
                                            ? std::string("no message")
                                            : firstMessages.last().first().toString().toStdString());
    const QDate from = m_today.addDays(1);
    // Some occupancy, so that the chart's bars show in the screenshot.
    auto busy = m_db->open();
    busy->setClock(nullptr);
    ASSERT_TRUE(busy->createBooking(Actor::system(), bookingRequest(m_hotel, 0, from.addDays(2), from.addDays(6))));
    ASSERT_TRUE(busy->blockRooms(Actor::system(), m_hotel.hotel.id, m_hotel.roomTypes[0].id, from.addDays(4),
                                 from.addDays(9), 1));
    view.showRange(m_hotel.roomTypes[0].id, from, from.addDays(13));
    ASSERT_TRUE(loaded.wait(10000));
    ASSERT_EQ(view.model()->rowCount(), 14);
    int weekend = -1;
    for (int row = 0; row < 14 && weekend < 0; ++row)
        if (PriceTableModel::isWeekendNight(from.addDays(row)))
            weekend = row;
    ASSERT_GE(weekend, 0);
    const double before = view.priceSeries()->at(weekend).y();
    view.findChild<QCheckBox *>()->setChecked(true);
    view.applyPercent(); // +10 %, the default
    EXPECT_NEAR(view.priceSeries()->at(weekend).y(), before * 1.1, 0.01);
    const int weekday = weekend == 0 ? 2 : 0;
    EXPECT_NEAR(view.priceSeries()->at(weekday).y(), 100.0, 0.01);
    QSignalSpy saved(&view, &PricesView::saved);
    QSignalSpy said(&view, &PricesView::message);
    whenDialogOpens([](QWidget *box) { box->close(); }); // an error would open a message box: report it, not hang
    view.save();
    ASSERT_TRUE(saved.wait(10000)) << (said.isEmpty() ? std::string("no message")
                                                      : said.last().first().toString().toStdString());
    auto store = m_db->open();
    auto a = store->availability(m_hotel.hotel.id, m_hotel.roomTypes[0].id, from.addDays(weekend),
                                 from.addDays(weekend + 1));
    EXPECT_EQ(a->nights[0].price, 11000);
    screenshot(&view, "prices-weekend-raise");
}

TEST_F(ViewsTest, pricesChartShowsDatesAndTheCurrency) {
    auto backend = signedIn("rev@example.com");
    PricesView view(backend.get());
    view.resize(1300, 800);
    view.show();
    QSignalSpy loaded(&view, &PricesView::loaded);
    view.setHotel(m_hotel.hotel.id);
    ASSERT_TRUE(loaded.wait(10000));
    const QDate from = m_today.addDays(1);
    view.showRange(m_hotel.roomTypes[0].id, from, from.addDays(9));
    ASSERT_TRUE(loaded.wait(10000));
    ASSERT_EQ(view.model()->rowCount(), 10);
    // Under every night its date, not its number; the price axis names the hotel's currency (won).
    const QStringList labels = view.nightAxis()->categoriesLabels();
    ASSERT_EQ(labels.size(), 10);
    EXPECT_EQ(labels.first(), QLocale().toString(from, QStringLiteral("ddd d MMM")));
    EXPECT_EQ(labels.last(), QLocale().toString(from.addDays(9), QStringLiteral("ddd d MMM")));
    EXPECT_TRUE(view.priceAxis()->titleText().contains(QStringLiteral("KRW")))
        << view.priceAxis()->titleText().toStdString();
    // The table reads as money: whole won with the currency, and the line still plots the number.
    const QString shown = view.model()->index(0, PriceTableModel::PriceColumn).data().toString();
    EXPECT_EQ(shown, formatMoney(10000, QStringLiteral("KRW")));
    EXPECT_FALSE(shown.contains(QLatin1Char('.'))) << shown.toStdString();
    EXPECT_NEAR(view.priceSeries()->at(0).y(), 100.0, 0.01);
    // A longer range labels each week's first night, still dates.
    view.showRange(m_hotel.roomTypes[0].id, from, from.addDays(27));
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_EQ(view.nightAxis()->categoriesLabels().size(), 4);
    EXPECT_EQ(view.nightAxis()->categoriesLabels().at(1),
              QLocale().toString(from.addDays(7), QStringLiteral("ddd d MMM")));
    screenshot(&view, "prices-chart-dates");
}

TEST_F(ViewsTest, aZeroOrFarOffPriceIsConfirmedBeforeAnythingIsSent) {
    auto backend = signedIn("rev@example.com");
    PricesView view(backend.get());
    view.resize(1300, 800);
    view.show();
    QSignalSpy loaded(&view, &PricesView::loaded);
    view.setHotel(m_hotel.hotel.id);
    ASSERT_TRUE(loaded.wait(10000));
    const QDate from = m_today.addDays(1);
    view.showRange(m_hotel.roomTypes[0].id, from, from.addDays(6));
    ASSERT_TRUE(loaded.wait(10000));
    auto *setTo = view.findChild<QLineEdit *>(QStringLiteral("setTo"));
    auto *applySet = view.findChild<QPushButton *>(QStringLiteral("applySet"));
    auto *save = view.findChild<QPushButton *>(QStringLiteral("savePrices"));
    ASSERT_TRUE(setTo && applySet && save);
    // Night 2 to zero, night 4 to 60 times the usual 100 won: a slip of the finger, twice.
    view.table()->selectRow(2);
    QTest::keyClicks(setTo, QStringLiteral("0"));
    QTest::mouseClick(applySet, Qt::LeftButton);
    view.table()->selectRow(4);
    setTo->clear();
    QTest::keyClicks(setTo, QStringLiteral("6000"));
    QTest::mouseClick(applySet, Qt::LeftButton);
    ASSERT_EQ(view.model()->changedPrices().size(), 2);
    ASSERT_TRUE(save->isEnabled());

    QString asked;
    auto answer = [&asked](const QString &button) {
        return [&asked, button](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            if (!box) {
                modal->close();
                return;
            }
            asked = box->text() + QLatin1Char('\n') + box->informativeText();
            for (QAbstractButton *b : box->buttons())
                if (b->text() == button)
                    b->click();
        };
    };
    QSignalSpy said(&view, &PricesView::message);
    whenDialogOpens(answer(QStringLiteral("&Check the prices")));
    QTest::mouseClick(save, Qt::LeftButton);
    ASSERT_FALSE(asked.isEmpty()) << "no confirmation was asked; "
                                  << (said.isEmpty() ? std::string("no message")
                                                     : said.last().first().toString().toStdString())
                                  << " visible=" << save->isVisible() << " size=" << save->width();
    // The nights and the amounts are named, and the usual price beside them.
    EXPECT_TRUE(asked.contains(QLocale().toString(from.addDays(2), QLocale::LongFormat))) << asked.toStdString();
    EXPECT_TRUE(asked.contains(QLocale().toString(from.addDays(4), QLocale::LongFormat))) << asked.toStdString();
    EXPECT_TRUE(asked.contains(formatMoney(0, QStringLiteral("KRW")))) << asked.toStdString();
    EXPECT_TRUE(asked.contains(formatMoney(600000, QStringLiteral("KRW")))) << asked.toStdString();
    EXPECT_TRUE(asked.contains(formatMoney(10000, QStringLiteral("KRW")))) << asked.toStdString();
    // Declined: nothing was sent, the edits stay for a second look.
    QTest::qWait(200);
    auto store = m_db->open();
    auto night = [&](int day) {
        return store->availability(m_hotel.hotel.id, m_hotel.roomTypes[0].id, from.addDays(day), from.addDays(day + 1))
            ->nights[0]
            .price;
    };
    EXPECT_EQ(night(2), 10000);
    EXPECT_EQ(night(4), 10000);
    EXPECT_EQ(view.model()->changedPrices().size(), 2);
    ASSERT_FALSE(said.isEmpty());
    EXPECT_TRUE(said.last().first().toString().contains(QStringLiteral("not saved")));

    // Confirmed: both are stored.
    asked.clear();
    QSignalSpy saved(&view, &PricesView::saved);
    whenDialogOpens(answer(QStringLiteral("Save &anyway")));
    QTest::mouseClick(save, Qt::LeftButton);
    ASSERT_TRUE(saved.wait(10000));
    EXPECT_FALSE(asked.isEmpty());
    EXPECT_EQ(night(2), 0);
    EXPECT_EQ(night(4), 600000);

    // An ordinary change is saved without a question.
    ASSERT_TRUE(loaded.wait(10000));
    view.table()->selectRow(1);
    setTo->clear();
    QTest::keyClicks(setTo, QStringLiteral("120"));
    QTest::mouseClick(applySet, Qt::LeftButton);
    asked.clear();
    whenDialogOpens(answer(QStringLiteral("&Check the prices")), 10);
    QTest::mouseClick(save, Qt::LeftButton);
    ASSERT_TRUE(saved.wait(10000));
    EXPECT_TRUE(asked.isEmpty()) << asked.toStdString();
    EXPECT_EQ(night(1), 12000);
}

TEST_F(ViewsTest, filtersStartFromTheHotelsTodayNotTheMachines) {
    // A hotel whose date is not the machine's right now: Kiritimati (UTC+14) or Pago Pago (UTC-11).
    QByteArray zone = "Pacific/Kiritimati";
    if (policy::hotelToday(zone) == QDate::currentDate())
        zone = "Pacific/Pago_Pago";
    const QDate today = policy::hotelToday(zone);
    ASSERT_NE(today, QDate::currentDate());
    auto store = m_db->open();
    const HotelFixture far = makeHotel(*store, QStringLiteral("Faraway"), {2}, 1.87, -157.4, zone);
    ASSERT_TRUE(store->extendInventory(QDate::currentDate().addDays(60)));
    makeUser(*store, QStringLiteral("far@example.com"), Role::Admin, {far.hotel.id});
    auto backend = signedIn("far@example.com");

    PricesView prices(backend.get());
    QSignalSpy pricesLoaded(&prices, &PricesView::loaded);
    prices.setHotel(far.hotel.id);
    ASSERT_TRUE(pricesLoaded.wait(10000));
    EXPECT_EQ(prices.fromDate(), today);

    BookingsView bookings(backend.get());
    QSignalSpy bookingsLoaded(&bookings, &BookingsView::loaded);
    bookings.setHotel(far.hotel.id);
    ASSERT_TRUE(bookingsLoaded.wait(10000));
    EXPECT_EQ(bookings.filterFrom(), today.addDays(-7));
    EXPECT_EQ(bookings.filterTo(), today.addDays(60));
}

TEST_F(ViewsTest, modifyShowsTheNewPriceAndKeepsEveryEditOnARefusal) {
    auto backend = signedIn("desk@example.com");
    BookingsView view(backend.get());
    view.resize(1300, 700);
    view.show();
    QSignalSpy loaded(&view, &BookingsView::loaded);
    view.setHotel(m_hotel.hotel.id);
    ASSERT_TRUE(loaded.wait(10000));
    view.table()->selectRow(0);
    ASSERT_EQ(view.selectedBooking()->id, m_arrival.id);
    const QDate newCheckOut = m_arrival.checkOut.addDays(1);
    const policy::StayPrice expected = policy::priceStay(m_hotel.hotel, 3 * 10000, 3);
    QString priceShown, refusal, nameAfterRefusal, checkOutAfterRefusal, hint;
    bool stayedOpen = false;
    whenDialogOpens([&](QWidget *modal) {
        auto *dialog = qobject_cast<ModifyBookingDialog *>(modal);
        if (!dialog) {
            modal->close();
            return;
        }
        auto edits = dialog->findChildren<QDateEdit *>();
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("guestName"));
        auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        // Check-out before check-in: Save is disabled and says why, in the form's words.
        edits[1]->setDate(m_arrival.checkIn);
        hint = save->toolTip();
        EXPECT_FALSE(save->isEnabled());
        // One more night: the new total and the difference show before anything is saved.
        edits[1]->setDate(newCheckOut);
        EXPECT_TRUE(QTest::qWaitFor([&] { return dialog->newTotal().has_value(); }, 5000));
        priceShown = dialog->priceText();
        // An empty name is refused by the store: the dialog stays open with every edit.
        name->clear();
        QTest::mouseClick(save, Qt::LeftButton);
        EXPECT_TRUE(QTest::qWaitFor([&] { return !dialog->errorText().isEmpty(); }, 5000));
        refusal = dialog->errorText();
        stayedOpen = dialog->isVisible();
        checkOutAfterRefusal = edits[1]->date().toString(Qt::ISODate);
        nameAfterRefusal = name->text();
        screenshot(dialog, "modify-refused");
        QTest::keyClicks(name, QStringLiteral("Mina Park"));
        QTest::mouseClick(save, Qt::LeftButton);
    });
    view.modifySelected();
    EXPECT_TRUE(loaded.wait(10000)) << refusal.toStdString() << " | " << priceShown.toStdString();
    EXPECT_EQ(hint, QStringLiteral("The check-out date must be after the check-in date."));
    EXPECT_TRUE(priceShown.contains(formatMoney(expected.total, m_arrival.currency))) << priceShown.toStdString();
    EXPECT_TRUE(priceShown.contains(formatMoney(m_arrival.totalPrice, m_arrival.currency))) << priceShown.toStdString();
    EXPECT_TRUE(priceShown.contains(formatMoney(expected.total - m_arrival.totalPrice, m_arrival.currency)))
        << priceShown.toStdString();
    EXPECT_TRUE(priceShown.contains(QStringLiteral("more"))) << priceShown.toStdString();
    EXPECT_TRUE(stayedOpen);
    EXPECT_EQ(refusal, QStringLiteral("Not changed: Enter the guest name.")) << refusal.toStdString();
    EXPECT_EQ(checkOutAfterRefusal, newCheckOut.toString(Qt::ISODate));
    EXPECT_TRUE(nameAfterRefusal.isEmpty());
    auto store = m_db->open();
    const auto stored = store->booking(Actor::system(), m_arrival.id);
    EXPECT_EQ(stored->checkOut, newCheckOut);
    EXPECT_EQ(stored->guestName, QStringLiteral("Mina Park"));
    EXPECT_EQ(stored->totalPrice, expected.total) << "the difference shown is the difference charged";
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
