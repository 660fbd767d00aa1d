#include "StoreTestFixture.h"
#include "domain/Policy.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace hotel;
using namespace hotel::test;
using K = BackendError::Kind;

namespace {

int countRows(Store &store, const QString &table) {
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table); // test-only: a fixed table name
    q.next();
    return q.value(0).toInt();
}

class BookingTest : public StoreTest {};

TEST_P(BookingTest, createComputesNightsPricesAndHoldsInventory) {
    auto f = makeHotel(*m_store, QStringLiteral("Seoul"), {3});
    auto guest = makeUser(*m_store, QStringLiteral("guest@example.com"), Role::Guest);
    ASSERT_TRUE(
        m_store->setPrices(Actor::system(), f.hotel.id, f.roomTypes[0].id, {{day(20), 15000}, {day(21), 18000}}));
    NewBooking request = bookingRequest(f, 0, day(20), day(22), 2);
    request.guestName = QStringLiteral("  Ada Guest ");
    request.idempotencyKey = QStringLiteral("key-1");
    auto b = m_store->createBooking(guest.actor(), request);
    ASSERT_TRUE(b) << b.error().userMessage.toStdString() << b.error().detail.toStdString();
    EXPECT_EQ(b->nights, 2);
    EXPECT_EQ(b->roomPrice, 33000);
    EXPECT_EQ(b->taxes, 3300);
    EXPECT_EQ(b->fees, 1000);
    EXPECT_EQ(b->totalPrice, 37300);
    EXPECT_EQ(b->status, BookingStatus::Confirmed);
    EXPECT_EQ(b->userId, guest.id);
    EXPECT_EQ(b->currency, QStringLiteral("KRW"));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^[A-HJ-NP-Z2-9]{3}-[A-HJ-NP-Z2-9]{3}-[A-HJ-NP-Z2-9]{3}$"))
                    .match(b->confirmationCode)
                    .hasMatch())
        << b->confirmationCode.toStdString();
    auto a = m_store->availability(f.hotel.id, f.roomTypes[0].id, day(19), day(23));
    ASSERT_TRUE(a);
    ASSERT_EQ(a->nights.size(), 4);
    EXPECT_EQ(a->nights[0].available, 3);
    EXPECT_EQ(a->nights[1].available, 2);
    EXPECT_EQ(a->nights[2].available, 2);
    EXPECT_EQ(a->nights[3].available, 3);
    EXPECT_EQ(a->nights[1].price, 15000);
    // The answer is built from what was written, not read back: it must be exactly what is stored.
    auto again = m_store->booking(guest.actor(), b->id);
    ASSERT_TRUE(again);
    auto fields = [](const Booking &x) {
        return QStringList{QString::number(x.id),
                           x.confirmationCode,
                           QString::number(x.userId),
                           QString::number(x.hotelId),
                           QString::number(x.roomTypeId),
                           QString::number(x.roomId.value_or(-1)),
                           x.checkIn.toString(Qt::ISODate),
                           x.checkOut.toString(Qt::ISODate),
                           QString::number(x.nights),
                           x.guestName,
                           x.guestEmail,
                           x.guestPhone,
                           QString::number(x.numberOfGuests),
                           QString::number(x.roomPrice),
                           QString::number(x.taxes),
                           QString::number(x.fees),
                           QString::number(x.totalPrice),
                           x.currency,
                           bookingStatusName(x.status),
                           x.cancelReason,
                           QString::number(x.refundAmount.value_or(-1)),
                           x.idempotencyKey,
                           x.createdAt.toUTC().toString(Qt::ISODateWithMs),
                           x.updatedAt.toUTC().toString(Qt::ISODateWithMs),
                           QString::number(x.cancelledAt.has_value()),
                           QString::number(x.checkedInAt.has_value()),
                           QString::number(x.checkedOutAt.has_value()),
                           x.hotelName,
                           x.roomTypeName,
                           x.roomNumber};
    };
    EXPECT_EQ(fields(b.value()), fields(again.value()));
    EXPECT_EQ(b->guestName, QStringLiteral("Ada Guest"));
    EXPECT_TRUE(m_store->audit()->clean());
}

TEST_P(BookingTest, storedPriceIsThePolicysQuoteRoundedToTheCurrency) {
    // The fixture hotel charges in won (no minor unit): nightly prices with fractions of a won still give a
    // stay, taxes and a total in whole won, and exactly what policy::priceStay quotes beforehand.
    auto f = makeHotel(*m_store, QStringLiteral("Seoul"), {2});
    ASSERT_TRUE(
        m_store->setPrices(Actor::system(), f.hotel.id, f.roomTypes[0].id, {{day(20), 12345}, {day(21), 15055}}));
    auto guest = makeUser(*m_store, QStringLiteral("won@example.com"), Role::Guest);
    auto b = m_store->createBooking(guest.actor(), bookingRequest(f, 0, day(20), day(22)));
    ASSERT_TRUE(b) << b.error().detail.toStdString();
    const policy::StayPrice quote = policy::priceStay(f.hotel, 12345 + 15055, 2);
    EXPECT_EQ(b->roomPrice, quote.room);
    EXPECT_EQ(b->taxes, quote.taxes);
    EXPECT_EQ(b->fees, quote.fees);
    EXPECT_EQ(b->totalPrice, quote.total);
    EXPECT_EQ(b->taxes, 2700); // 274.00 won of tax on 27,400 would have been 2740 hundredths: 27.40 won
    for (Money m : {b->roomPrice, b->taxes, b->fees, b->totalPrice})
        EXPECT_EQ(m % 100, 0) << m;
    auto stored = m_store->booking(guest.actor(), b->id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->totalPrice, quote.total);
}

TEST_P(BookingTest, aTotalTheTableCannotHoldIsRefusedNotA500) {
    auto f = makeHotel(*m_store, QStringLiteral("Seoul"), {2});
    // 90 nights at the highest nightly price with 25 % tax: 11,250,000,000.00, more than numeric(12,2) holds.
    Hotel taxed = f.hotel;
    taxed.id = 0;
    taxed.name = QStringLiteral("Taxed hotel");
    taxed.taxRateBasisPoints = 2500;
    auto created = m_store->createHotel(Actor::system(), taxed);
    ASSERT_TRUE(created) << created.error().userMessage.toStdString();
    RoomType rt = f.roomTypes[0];
    rt.id = 0;
    rt.hotelId = created->id;
    auto type = m_store->createRoomType(Actor::system(), rt, day(0), 120);
    ASSERT_TRUE(type) << type.error().userMessage.toStdString();
    f.hotel = created.value();
    f.roomTypes = {type.value()};
    QList<NightPrice> dear;
    for (int i = 0; i < 90; ++i)
        dear << NightPrice{day(i), limits::maxNightlyPrice};
    ASSERT_TRUE(m_store->setPrices(Actor::system(), f.hotel.id, f.roomTypes[0].id, dear));
    auto guest = makeUser(*m_store, QStringLiteral("dear@example.com"), Role::Guest);
    auto r = m_store->createBooking(guest.actor(), bookingRequest(f, 0, day(10), day(100)));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, K::InvalidInput);
    EXPECT_EQ(r.error().field, QStringLiteral("checkOutDate"));
    auto nights = m_store->availability(f.hotel.id, f.roomTypes[0].id, day(10), day(11));
    ASSERT_TRUE(nights);
    EXPECT_EQ(nights->nights[0].available, 2); // nothing held
    EXPECT_TRUE(m_store->createBooking(guest.actor(), bookingRequest(f, 0, day(10), day(12))));
}

TEST_P(BookingTest, signInWithANulIsAWrongPasswordNotAnError) {
    makeUser(*m_store, QStringLiteral("nul@example.com"), Role::Guest);
    const QString withNul = QStringLiteral("nul@example.com") + QChar(0) + QStringLiteral("' OR 1=1");
    auto r = m_store->authenticate(withNul, QStringLiteral("whatever"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, K::Unauthenticated);
    auto unknown = m_store->authenticate(QStringLiteral("nobody@example.com"), QStringLiteral("whatever"));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().kind, K::Unauthenticated);
    EXPECT_EQ(unknown.error().userMessage, r.error().userMessage);
}

TEST_P(BookingTest, aRoomOfAnotherHotelIsNotFoundAndNotChanged) {
    auto a = makeHotel(*m_store, QStringLiteral("Seoul"), {2});
    auto b = makeHotel(*m_store, QStringLiteral("Busan"), {2}, 35.18, 129.07);
    const Actor globalAdmin{0, Role::Admin, {}};
    const Room roomOfB = b.rooms[0];
    auto r = m_store->setRoomStatus(globalAdmin, a.hotel.id, roomOfB.id, RoomStatus::Maintenance);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, K::NotFound);
    auto rooms = m_store->rooms(globalAdmin, b.hotel.id);
    ASSERT_TRUE(rooms);
    for (const Room &room : rooms.value())
        EXPECT_EQ(room.status, RoomStatus::Available) << room.roomNumber.toStdString();
    EXPECT_TRUE(m_store->setRoomStatus(globalAdmin, b.hotel.id, roomOfB.id, RoomStatus::Maintenance));
}

TEST_P(BookingTest, theStoreDecidesWhoMayBook) {
    auto a = makeHotel(*m_store, QStringLiteral("Seoul"), {2});
    auto b = makeHotel(*m_store, QStringLiteral("Busan"), {2}, 35.18, 129.07);
    auto revenue = makeUser(*m_store, QStringLiteral("rev-book@example.com"), Role::Revenue, {a.hotel.id});
    auto deskB = makeUser(*m_store, QStringLiteral("desk-b-book@example.com"), Role::FrontDesk, {b.hotel.id});
    auto deskA = makeUser(*m_store, QStringLiteral("desk-a-book@example.com"), Role::FrontDesk, {a.hotel.id});
    EXPECT_EQ(m_store->createBooking(revenue.actor(), bookingRequest(a, 0, day(20), day(21))).error().kind,
              K::Forbidden);
    EXPECT_EQ(m_store->createBooking(deskB.actor(), bookingRequest(a, 0, day(20), day(21))).error().kind, K::Forbidden);
    EXPECT_TRUE(m_store->createBooking(deskA.actor(), bookingRequest(a, 0, day(20), day(21))));
    auto nights = m_store->availability(a.hotel.id, a.roomTypes[0].id, day(20), day(21));
    ASSERT_TRUE(nights);
    EXPECT_EQ(nights->nights[0].available, 1); // the refused requests held nothing
}

TEST_P(BookingTest, backToBackStaysShareTheLastRoom) {
    auto f = makeHotel(*m_store, QStringLiteral("Seoul"), {1});
    auto guest = makeUser(*m_store, QStringLiteral("g@example.com"), Role::Guest);
    ASSERT_TRUE(m_store->createBooking(guest.actor(), bookingRequest(f, 0, day(20), day(22))));
    ASSERT_TRUE(m_store->createBooking(guest.actor(), bookingRequest(f, 0, day(22), day(24))));
    ASSERT_TRUE(m_store->createBooking(guest.actor(), bookingRequest(f, 0, day(18), day(20))));
    auto overlap = m_store->createBooking(guest.actor(), bookingRequest(f, 0, day(21), day(23)));
    ASSERT_FALSE(overlap);
    EXPECT_EQ(overlap.error().kind, K::NoAvailability);
    EXPECT_TRUE(overlap.error().userMessage.contains(day(21).toString(Qt::ISODate)));
    EXPECT_EQ(countRows(*m_store, QStringLiteral("bookings")), 3);
    EXPECT_TRUE(m_store->audit()->clean());
}

TEST_P(BookingTest, nightsAcrossDaylightSavingChangeAreCalendarDays) {
    auto f = makeHotel(*m_store, QStringLiteral("Berlin"), {2}, 52.52, 13.405, "Europe/Berlin");
    auto guest = makeUser(*m_store, QStringLiteral("g@example.com"), Role::Guest);
    // Europe/Berlin springs forward on 2030-03-31.
    auto b = m_store->createBooking(guest.actor(), bookingRequest(f, 0, QDate(2030, 3, 30), QDate(2030, 4, 1)));
    ASSERT_TRUE(b) << b.error().userMessage.toStdString();
    EXPECT_EQ(b->nights, 2);
    EXPECT_EQ(b->roomPrice, 20000);
}

TEST_P(BookingTest, idempotencyKeyReturnsTheFirstBookingAndRefusesAnotherBody) {
    auto f = makeHotel(*m_store, QStringLiteral("Seoul"), {5});
    auto guest = makeUser(*m_store, QStringLiteral("g@example.com"), Role::Guest);
    auto request = bookingRequest(f, 0, day(30), day(31));
    request.idempotencyKey = QStringLiteral("key-1");
    auto first = m_store->createBooking(guest.actor(), request);
    ASSERT_TRUE(first);
    auto second = m_store->createBooking(guest.actor(), request);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->id, first->id);
    EXPECT_EQ(countRows(*m_store, QStringLiteral("bookings")), 1);
    EXPECT_EQ(m_store->availability(f.hotel.id, f.roomTypes[0].id, day(30), day(31))->nights[0].available, 4);
    request.checkOut = day(32);
    auto clash = m_store->createBooking(guest.actor(), request);
    ASSERT_FALSE(clash);
    EXPECT_EQ(clash.error().kind, K::Conflict);
    EXPECT_EQ(countRows(*m_store, QStringLiteral("bookings")), 1);
}

TEST_P(BookingTest, cancelBeforeDeadlineRefundsAndReleasesNights) {
    auto f = makeHotel(*m_store, QStringLiteral("Seoul"), {1});
    auto guest = makeUser(*m_store, QStringLiteral("g@example.com"), Role::Guest);
    auto b = m_store->createBooking(guest.actor(), bookingRequest(f, 0, day(20), day(22)));
    ASSERT_TRUE(b);
    auto c = m_store->cancelBooking(guest.actor(), b->id, QStringLiteral("Change of plans"));
    ASSERT_TRUE(c) << c.error().userMessage.toStdString();
    EXPECT_EQ(c->refundAmount, b->totalPrice);
    EXPECT_EQ(c->booking.status, BookingStatus::Cancelled);
    EXPECT_EQ(c->booking.cancelReason, QStringLiteral("Change of plans"));
    EXPECT_TRUE(c->booking.cancelledAt.has_value());
    EXPECT_TRUE(m_store->createBooking(guest.actor(), bookingRequest(f, 0, day(20), day(22))));
    auto twice = m_store->cancelBooking(guest.actor(), b->id, {});
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().kind, K::Conflict);
    EXPECT_TRUE(m_store->audit()->clean());
}

TEST_P(BookingTest, cancellationDeadlineIsInTheHotelsTimeZone) {
    // Now is 2030-01-10 12:00 UTC = 21:00 in Seoul. A stay from 01-11 with check-in at 14:00 Seoul time and
    // 24 free hours: the deadline was 01-10 14:00 Seoul (05:00 UTC), already past.
    auto seoul = makeHotel(*m_store, QStringLiteral("Seoul"), {2});
    // In Los Angeles it is 04:00 on 01-10; the deadline for a 01-11 arrival is 01-10 14:00 local: not yet.
    auto la = makeHotel(*m_store, QStringLiteral("Los Angeles"), {2}, 34.05, -118.24, "America/Los_Angeles");
    auto guest = makeUser(*m_store, QStringLiteral("g@example.com"), Role::Guest);
    auto inSeoul = m_store->createBooking(guest.actor(), bookingRequest(seoul, 0, day(10), day(11)));
    auto inLa = m_store->createBooking(guest.actor(), bookingRequest(la, 0, day(10), day(11)));
    ASSERT_TRUE(inSeoul);
    ASSERT_TRUE(inLa);
    auto late = m_store->cancelBooking(guest.actor(), inSeoul->id, {});
    ASSERT_FALSE(late);
    EXPECT_EQ(late.error().kind, K::TooLateToCancel);
    auto fine = m_store->cancelBooking(guest.actor(), inLa->id, {});
    ASSERT_TRUE(fine) << fine.error().userMessage.toStdString();
    EXPECT_EQ(fine->refundAmount, inLa->totalPrice);

    auto desk = makeUser(*m_store, QStringLiteral("desk@example.com"), Role::FrontDesk, {seoul.hotel.id});
    auto overridden = m_store->cancelBooking(desk.actor(), inSeoul->id, QStringLiteral("no-show waived"), true);
    ASSERT_TRUE(overridden);
    EXPECT_EQ(overridden->refundAmount, 0);
    EXPECT_TRUE(m_store->audit()->clean());
}

TEST_P(BookingTest, modifyMovesNightsAtomicallyOrChangesNothing) {
    auto f = makeHotel(*m_store, QStringLiteral("Seoul"), {1, 1});
    auto guest = makeUser(*m_store, QStringLiteral("g@example.com"), Role::Guest);
    auto mine = m_store->createBooking(guest.actor(), bookingRequest(f, 0, day(20), day(22)));
    auto other = m_store->createBooking(guest.actor(), bookingRequest(f, 0, day(25), day(27)));
    ASSERT_TRUE(mine);
    ASSERT_TRUE(other);
    // Extending into nights that are sold out fails and leaves everything as it was.
    BookingChange clash;
    clash.checkOut = day(26);
    auto refused = m_store->modifyBooking(guest.actor(), mine->id, clash);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, K::NoAvailability);
    auto unchanged = m_store->booking(guest.actor(), mine->id);
    EXPECT_EQ(unchanged->checkOut, day(22));
    EXPECT_TRUE(m_store->audit()->clean());
    // Overlapping move of the same type: the booking's own nights count as free for itself.
    BookingChange shift;
    shift.checkIn = day(21);
    shift.checkOut = day(24);
    auto moved = m_store->modifyBooking(guest.actor(), mine->id, shift);
    ASSERT_TRUE(moved) << moved.error().userMessage.toStdString();
    EXPECT_EQ(moved->nights, 3);
    EXPECT_EQ(moved->roomPrice, 30000);
    // Another room type, more guests.
    BookingChange upgrade;
    upgrade.roomTypeId = f.roomTypes[1].id;
    upgrade.numberOfGuests = 3;
    auto upgraded = m_store->modifyBooking(guest.actor(), mine->id, upgrade);
    ASSERT_TRUE(upgraded) << upgraded.error().userMessage.toStdString();
    EXPECT_EQ(upgraded->roomTypeId, f.roomTypes[1].id);
    EXPECT_EQ(m_store->availability(f.hotel.id, f.roomTypes[0].id, day(21), day(24))->nights[0].available, 1);
    EXPECT_EQ(m_store->availability(f.hotel.id, f.roomTypes[1].id, day(21), day(24))->nights[0].available, 0);
    BookingChange tooMany;
    tooMany.numberOfGuests = 4;
    auto crowded = m_store->modifyBooking(guest.actor(), mine->id, tooMany);
    ASSERT_FALSE(crowded);
    EXPECT_EQ(crowded.error().field, QStringLiteral("numberOfGuests"));
    EXPECT_TRUE(m_store->audit()->clean());
}

TEST_P(BookingTest, guestsAndStaffSeeOnlyWhatIsTheirs) {
    auto a = makeHotel(*m_store, QStringLiteral("Seoul"), {2});
    auto b = makeHotel(*m_store, QStringLiteral("Busan"), {2}, 35.18, 129.07);
    auto alice = makeUser(*m_store, QStringLiteral("alice@example.com"), Role::Guest);
    auto bob = makeUser(*m_store, QStringLiteral("bob@example.com"), Role::Guest);
    auto deskA = makeUser(*m_store, QStringLiteral("desk-a@example.com"), Role::FrontDesk, {a.hotel.id});
    auto deskB = makeUser(*m_store, QStringLiteral("desk-b@example.com"), Role::FrontDesk, {b.hotel.id});
    auto booking = m_store->createBooking(alice.actor(), bookingRequest(a, 0, day(20), day(21)));
    ASSERT_TRUE(booking);
    EXPECT_EQ(m_store->booking(bob.actor(), booking->id).error().kind, K::NotFound);
    EXPECT_EQ(m_store->cancelBooking(bob.actor(), booking->id, {}).error().kind, K::NotFound);
    BookingChange change;
    change.guestName = QStringLiteral("Mallory");
    EXPECT_EQ(m_store->modifyBooking(bob.actor(), booking->id, change).error().kind, K::NotFound);
    EXPECT_TRUE(m_store->booking(deskA.actor(), booking->id));
    EXPECT_EQ(m_store->booking(deskB.actor(), booking->id).error().kind, K::Forbidden);
    EXPECT_EQ(m_store->inventory(deskB.actor(), a.hotel.id, day(10), day(20)).error().kind, K::Forbidden);
    EXPECT_EQ(m_store->setPrices(deskA.actor(), a.hotel.id, a.roomTypes[0].id, {{day(20), 1}}).error().kind,
              K::Forbidden);
    auto revenue = makeUser(*m_store, QStringLiteral("rev@example.com"), Role::Revenue, {a.hotel.id});
    EXPECT_TRUE(m_store->setPrices(revenue.actor(), a.hotel.id, a.roomTypes[0].id, {{day(20), 12345}}));
    BookingFilter mine;
    EXPECT_EQ(m_store->bookings(alice.actor(), mine)->size(), 1);
    EXPECT_EQ(m_store->bookings(bob.actor(), mine)->size(), 0);
    BookingFilter hotelB;
    hotelB.hotelId = a.hotel.id;
    EXPECT_EQ(m_store->bookings(deskB.actor(), hotelB).error().kind, K::Forbidden);
    EXPECT_EQ(m_store->bookings(deskA.actor(), hotelB)->size(), 1);
}

TEST_P(BookingTest, checkInAssignsAFreeRoomOfTheTypeAndCheckOutFreesIt) {
    auto f = makeHotel(*m_store, QStringLiteral("Seoul"), {2, 1});
    auto desk = makeUser(*m_store, QStringLiteral("desk@example.com"), Role::FrontDesk, {f.hotel.id});
    // Today in Seoul is 2030-01-10 (day 9).
    auto b = m_store->createBooking(desk.actor(), bookingRequest(f, 0, day(9), day(11)));
    auto future = m_store->createBooking(desk.actor(), bookingRequest(f, 0, day(15), day(16)));
    ASSERT_TRUE(b);
    ASSERT_TRUE(future);
    const Room first = f.rooms[0], second = f.rooms[1], otherType = f.rooms[2];
    ASSERT_TRUE(m_store->setRoomStatus(desk.actor(), f.hotel.id, first.id, RoomStatus::Maintenance));
    EXPECT_EQ(m_store->checkIn(desk.actor(), b->id, first.id).error().kind, K::Conflict);
    EXPECT_EQ(m_store->checkIn(desk.actor(), b->id, otherType.id).error().field, QStringLiteral("roomId"));
    EXPECT_EQ(m_store->checkIn(desk.actor(), future->id, second.id).error().kind, K::Conflict);
    auto in = m_store->checkIn(desk.actor(), b->id, second.id);
    ASSERT_TRUE(in) << in.error().userMessage.toStdString();
    EXPECT_EQ(in->roomId, second.id);
    EXPECT_TRUE(in->isInHouse());
    EXPECT_EQ(in->roomNumber, second.roomNumber);
    auto rooms = m_store->rooms(desk.actor(), f.hotel.id);
    ASSERT_TRUE(rooms);
    for (const Room &r : rooms.value()) {
        if (r.id == second.id) {
            EXPECT_EQ(r.status, RoomStatus::Occupied);
        }
    }
    EXPECT_EQ(m_store->setRoomStatus(desk.actor(), f.hotel.id, second.id, RoomStatus::Maintenance).error().kind,
              K::Conflict);
    EXPECT_EQ(m_store->cancelBooking(desk.actor(), b->id, {}, true).error().kind, K::Conflict);
    auto out = m_store->checkOut(desk.actor(), b->id);
    ASSERT_TRUE(out);
    EXPECT_EQ(out->status, BookingStatus::Completed);
    for (const Room &r : m_store->rooms(desk.actor(), f.hotel.id).value()) {
        if (r.id == second.id) {
            EXPECT_EQ(r.status, RoomStatus::Available);
        }
    }
    EXPECT_TRUE(m_store->audit()->clean());
}

TEST_P(BookingTest, blocksObeyCapacityAndShowInTheGrid) {
    auto f = makeHotel(*m_store, QStringLiteral("Seoul"), {3});
    auto desk = makeUser(*m_store, QStringLiteral("desk@example.com"), Role::FrontDesk, {f.hotel.id});
    ASSERT_TRUE(m_store->createBooking(desk.actor(), bookingRequest(f, 0, day(20), day(21))));
    ASSERT_TRUE(m_store->blockRooms(desk.actor(), f.hotel.id, f.roomTypes[0].id, day(19), day(22), 2));
    auto tooMany = m_store->blockRooms(desk.actor(), f.hotel.id, f.roomTypes[0].id, day(19), day(22), 1);
    ASSERT_FALSE(tooMany);
    EXPECT_EQ(tooMany.error().kind, K::NoAvailability);
    auto sold = m_store->createBooking(desk.actor(), bookingRequest(f, 0, day(20), day(21)));
    EXPECT_EQ(sold.error().kind, K::NoAvailability);
    auto grid = m_store->inventory(desk.actor(), f.hotel.id, day(19), day(23));
    ASSERT_TRUE(grid);
    ASSERT_EQ(grid->days(), 4);
    EXPECT_EQ(grid->at(0, 1).bookedRooms, 1);
    EXPECT_EQ(grid->at(0, 1).blockedRooms, 2);
    EXPECT_EQ(grid->at(0, 1).available(), 0);
    EXPECT_EQ(grid->at(0, 3).blockedRooms, 0);
    EXPECT_EQ(m_store->blockRooms(desk.actor(), f.hotel.id, f.roomTypes[0].id, day(19), day(22), -3).error().field,
              QStringLiteral("count"));
    ASSERT_TRUE(m_store->blockRooms(desk.actor(), f.hotel.id, f.roomTypes[0].id, day(19), day(22), -2));
    EXPECT_TRUE(m_store->audit()->clean());
}

TEST_P(BookingTest, changeCounterGrowsWithEveryWrite) {
    auto f = makeHotel(*m_store, QStringLiteral("Seoul"), {3});
    const qint64 before = m_store->changeCounter(f.hotel.id).value();
    auto guest = makeUser(*m_store, QStringLiteral("g@example.com"), Role::Guest);
    ASSERT_TRUE(m_store->createBooking(guest.actor(), bookingRequest(f, 0, day(20), day(21))));
    EXPECT_GT(m_store->changeCounter(f.hotel.id).value(), before);
}

TEST_P(BookingTest, usersAuthenticateWithArgon2idHashes) {
    auto u = makeUser(*m_store, QStringLiteral("Staff@Example.com"), Role::Admin);
    auto ok = m_store->authenticate(QStringLiteral("staff@example.com"), QStringLiteral("correct horse"));
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok->id, u.id);
    EXPECT_EQ(m_store->authenticate(QStringLiteral("staff@example.com"), QStringLiteral("wrong")).error().kind,
              K::Unauthenticated);
    QSqlQuery q(m_store->database());
    q.exec(QStringLiteral("SELECT password_hash FROM users WHERE id > 0")); // 0: the store's own, never signs in
    ASSERT_TRUE(q.next());
    EXPECT_TRUE(q.value(0).toString().startsWith(QLatin1String("$argon2id$")));
    auto dup = m_store->createUser(
        NewUser{QStringLiteral("STAFF@example.com"), QStringLiteral("12345678"), {}, Role::Guest, {}});
    ASSERT_FALSE(dup);
    EXPECT_EQ(dup.error().field, QStringLiteral("email"));
}

HOTEL_BOTH_DATABASES(BookingTest);

} // namespace
