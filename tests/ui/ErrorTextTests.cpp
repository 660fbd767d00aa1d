// Refusals said as a person would: the field named as the form labels it, never in the API's spelling.
#include "PortalTestSupport.h"
#include "domain/Validation.h"
#include "ui/bookings/NewBookingDialog.h"
#include "ui/common/ErrorText.h"
#include "wire/Json.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

using namespace hotel;
using namespace hotel::test;

TEST(ErrorText, TheStoresRefusalsReadAsSentencesWithTheFormsLabels) {
    const QDate today(2030, 5, 10);
    const auto backwards = validation::stay(today.addDays(3), today.addDays(2), today);
    ASSERT_TRUE(backwards);
    EXPECT_EQ(backwards->field, QStringLiteral("checkOutDate"));
    EXPECT_EQ(backwards->reason, QStringLiteral("not_after"));
    EXPECT_EQ(describeError(*backwards), QStringLiteral("The check-out date must be after the check-in date."));
    const auto past = validation::stay(today.addDays(-1), today.addDays(2), today);
    ASSERT_TRUE(past);
    EXPECT_EQ(past->reason, QStringLiteral("in_past"));
    EXPECT_FALSE(describeError(*past).contains(QStringLiteral("checkInDate")));
    NewBooking b;
    b.hotelId = 1;
    b.roomTypeId = 2;
    b.checkIn = today;
    b.checkOut = today.addDays(1);
    b.guestEmail = QStringLiteral("ana@example.pt");
    const auto noName = validation::newBooking(b);
    ASSERT_TRUE(noName);
    EXPECT_EQ(noName->field, QStringLiteral("guestInfo.name"));
    EXPECT_EQ(noName->reason, QStringLiteral("required"));
    EXPECT_EQ(describeError(*noName), QStringLiteral("Enter the guest name."));
    b.guestName = QStringLiteral("Ana");
    b.guestEmail = QStringLiteral("ana@");
    const auto badEmail = validation::newBooking(b);
    ASSERT_TRUE(badEmail);
    const QString said = describeError(*badEmail);
    EXPECT_TRUE(said.contains(QStringLiteral("“E-mail”"))) << said.toStdString();
    EXPECT_FALSE(said.contains(QStringLiteral("guestInfo"))) << said.toStdString();
    // A field the portal has no label for keeps the server's sentence rather than inventing one.
    EXPECT_EQ(describeError(BackendError::invalid(QStringLiteral("radiusKm"), QStringLiteral("Too far."))),
              QStringLiteral("Too far."));
    EXPECT_EQ(fieldLabel(QStringLiteral("prices[3].price")), QStringLiteral("Price"));
}

TEST(ErrorText, TheReasonTravelsOverTheWire) {
    BackendError e = *validation::stay(QDate(2030, 5, 12), QDate(2030, 5, 11), {});
    const BackendError back = json::errorFrom(json::errorJson(e), 400);
    EXPECT_EQ(back.kind, BackendError::Kind::InvalidInput);
    EXPECT_EQ(back.field, QStringLiteral("checkOutDate"));
    EXPECT_EQ(back.reason, QStringLiteral("not_after"));
}

TEST(PortalFlow, ADisabledConfirmSaysWhyBesideItAndInItsTooltip) {
    PortalFixture f;
    ASSERT_TRUE(f.waitForGrid());
    f.grid()->selectNights(0, 12, 12);
    f.window.availability()->newBookingAction()->trigger();
    auto *dialog = waitForChild<NewBookingDialog>(&f.window);
    ASSERT_TRUE(dialog);
    auto *hint = dialog->findChild<QLabel *>(QStringLiteral("confirmHint"));
    QPushButton *confirm = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    ASSERT_TRUE(hint && confirm);
    // No guest yet: the name is asked for.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->isQuoteLoading(); }, 5000));
    EXPECT_FALSE(confirm->isEnabled());
    EXPECT_TRUE(hint->isVisible());
    EXPECT_TRUE(hint->text().contains(QStringLiteral("guest's name"))) << hint->text().toStdString();
    EXPECT_EQ(confirm->toolTip(), hint->text());
    dialog->setGuest(QStringLiteral("Ana Silva"), QStringLiteral("ana@"), QString(), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->isQuoteLoading(); }, 5000));
    EXPECT_TRUE(hint->text().contains(QStringLiteral("e-mail"))) << hint->text().toStdString();
    // Check-out before check-in: said in the form's words, never "checkOutDate must be after checkInDate."
    const NewBooking r = dialog->request();
    dialog->setStay(r.hotelId, r.roomTypeId, r.checkIn.addDays(3), r.checkIn.addDays(3));
    QTest::qWait(50);
    EXPECT_EQ(hint->text(), QStringLiteral("The check-out date must be after the check-in date."));
    EXPECT_FALSE(confirm->isEnabled());
    // Everything in order: enabled, and the hint is gone.
    dialog->setStay(r.hotelId, r.roomTypeId, r.checkIn, r.checkOut);
    dialog->setGuest(QStringLiteral("Ana Silva"), QStringLiteral("ana@example.pt"), QString(), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->canConfirm(); }, 5000));
    EXPECT_TRUE(confirm->isEnabled());
    EXPECT_FALSE(hint->isVisible());
    EXPECT_TRUE(confirm->toolTip().isEmpty());
    saveShot(dialog, QStringLiteral("new-booking-ready"));
}
