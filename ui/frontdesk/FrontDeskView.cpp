#include "ui/frontdesk/FrontDeskView.h"

#include "domain/Policy.h"
#include "model/BookingListModel.h"
#include "ui/bookings/BookingsView.h"
#include "ui/common/Async.h"

#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

Q_DECLARE_LOGGING_CATEGORY(lcViews)

namespace hotel {

namespace {
QTableView *bookingTable(BookingListModel *model, QWidget *parent) {
    auto *t = new QTableView(parent);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    for (int c : {BookingListModel::EmailColumn, BookingListModel::NightsColumn, BookingListModel::TotalColumn})
        t->hideColumn(c);
    return t;
}
const Booking *selected(QTableView *t, BookingListModel *m) {
    const auto rows = t->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m->bookingAt(rows.first().row());
}
} // namespace

FrontDeskView::FrontDeskView(Backend *backend, QWidget *parent)
    : PortalPage(parent)
    , m_backend(backend)
    , m_arrivals(new BookingListModel(this))
    , m_inHouse(new BookingListModel(this))
    , m_departures(new BookingListModel(this)) {
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *lists = new QWidget(split);
    auto *listsLayout = new QVBoxLayout(lists);
    listsLayout->setContentsMargins(0, 0, 0, 0);
    auto group = [&](const QString &title, QTableView *table, QPushButton *button) {
        auto *box = new QGroupBox(title, lists);
        (table == m_arrivalsTable ? m_arrivalsBox : table == m_inHouseTable ? m_inHouseBox : m_departuresBox) = box;
        auto *l = new QVBoxLayout(box);
        l->addWidget(table);
        if (button)
            l->addWidget(button, 0, Qt::AlignLeft);
        listsLayout->addWidget(box);
    };
    m_arrivalsTable = bookingTable(m_arrivals, this);
    m_inHouseTable = bookingTable(m_inHouse, this);
    m_departuresTable = bookingTable(m_departures, this);
    auto *checkIn = new QPushButton(tr("Check &in selected arrival…"), this);
    auto *checkOut = new QPushButton(tr("Check &out selected guest"), this);
    group(tr("Arrivals today"), m_arrivalsTable, checkIn);
    group(tr("In house"), m_inHouseTable, checkOut);
    group(tr("Departures today"), m_departuresTable, nullptr);
    auto *rackBox = new QGroupBox(tr("Room rack"), split);
    auto *rackLayout = new QVBoxLayout(rackBox);
    m_rack = new QTableWidget(rackBox);
    m_rack->setColumnCount(4);
    m_rack->setHorizontalHeaderLabels({tr("Floor"), tr("Room"), tr("Type"), tr("Status")});
    m_rack->verticalHeader()->hide();
    m_rack->horizontalHeader()->setStretchLastSection(true);
    m_rack->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rack->setEditTriggers(QAbstractItemView::NoEditTriggers);
    rackLayout->addWidget(m_rack);
    auto *maintenance = new QPushButton(tr("Toggle &maintenance"), rackBox);
    rackLayout->addWidget(maintenance, 0, Qt::AlignLeft);
    split->addWidget(lists);
    split->addWidget(rackBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    m_feedback = new QLabel(this);
    layout->addWidget(m_feedback);
    connect(this, &FrontDeskView::message, m_feedback, &QLabel::setText);
    connect(checkIn, &QPushButton::clicked, this, &FrontDeskView::checkInSelectedArrival);
    // Enter on a row (or a double click) does the list's main action: an arrival is checked in, a guest in house
    // or leaving today checked out.
    connect(m_arrivalsTable, &QTableView::activated, this, &FrontDeskView::checkInSelectedArrival);
    connect(m_inHouseTable, &QTableView::activated, this, &FrontDeskView::checkOutSelectedGuest);
    connect(m_departuresTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const Booking *b = m_departures->bookingAt(index.row()); b && b->isInHouse())
            this->checkOut(*b);
    });
    connect(checkOut, &QPushButton::clicked, this, &FrontDeskView::checkOutSelectedGuest);
    connect(maintenance, &QPushButton::clicked, this, &FrontDeskView::toggleMaintenance);
    connect(m_backend, &Backend::hotelChanged, this, [this](HotelId id) {
        if (id == m_hotelId)
            reload();
    });
    m_title->setText(tr("Choose a hotel to see today's arrivals and departures."));

    m_checkInAction = new QAction(tr("Check &in selected arrival…"), this);
    m_checkInAction->setShortcut(QKeySequence(tr("Ctrl+I")));
    connect(m_checkInAction, &QAction::triggered, this, &FrontDeskView::checkInSelectedArrival);
    m_checkOutAction = new QAction(tr("Check &out selected guest"), this);
    m_checkOutAction->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    connect(m_checkOutAction, &QAction::triggered, this, &FrontDeskView::checkOutSelectedGuest);
    m_maintenanceAction = new QAction(tr("Toggle &maintenance"), this);
    m_maintenanceAction->setShortcut(QKeySequence(tr("Ctrl+M")));
    connect(m_maintenanceAction, &QAction::triggered, this, &FrontDeskView::toggleMaintenance);
    setOnScreen(false);
}

QList<QAction *> FrontDeskView::pageActions() const {
    return {m_checkInAction, m_checkOutAction, m_maintenanceAction};
}

QString FrontDeskView::menuTitle() const {
    return tr("Front &desk");
}

void FrontDeskView::setOnScreen(bool onScreen) {
    // They act on this page's selection; the bookings page has the same shortcuts for its own.
    for (QAction *action : pageActions())
        action->setEnabled(onScreen);
}

void FrontDeskView::setHotel(HotelId hotelId) {
    if (hotelId == m_hotelId)
        return;
    m_hotelId = hotelId;
    reload();
}

void FrontDeskView::reload() {
    if (m_hotelId <= 0)
        return;
    const quint64 request = m_requests.startJob();
    // "Today" is the hotel's own date, in its own time zone.
    m_backend->hotel(m_hotelId).then(
        qApp, guarded(this, [this, request](const Result<Hotel> &h) {
            if (!m_requests.isJobValid(request))
                return;
            if (!h) {
                Q_EMIT message(h.error().userMessage);
                return;
            }
            m_today = policy::hotelToday(*h);
            m_title->setText(tr("%1 · %2").arg(h->name, QLocale().toString(m_today, QLocale::LongFormat)));
            BookingFilter filter;
            filter.hotelId = m_hotelId;
            filter.from = m_today.addDays(-1); // stays that touch today, departures included
            filter.to = m_today.addDays(1);
            filter.statuses = {BookingStatus::Confirmed, BookingStatus::Pending, BookingStatus::Completed};
            m_pending = 3;
            m_backend->roomTypes(m_hotelId).then(qApp, guarded(this, [this, request](const Result<QList<RoomType>> &r) {
                                                     if (!m_requests.isJobValid(request))
                                                         return;
                                                     if (r)
                                                         for (const RoomType &t : r.value())
                                                             m_typeNames.insert(t.id, t.name);
                                                     fillRack();
                                                     if (--m_pending == 0)
                                                         Q_EMIT loaded();
                                                 }));
            m_backend->bookings(filter).then(
                qApp, guarded(this, [this, request](const Result<QList<Booking>> &r) {
                    if (!m_requests.isJobValid(request))
                        return;
                    if (!r) {
                        Q_EMIT message(r.error().userMessage);
                        return;
                    }
                    QList<Booking> arrivals, inHouse, departures;
                    for (const Booking &b : r.value()) {
                        if (b.checkIn == m_today && !b.checkedInAt && b.status != BookingStatus::Completed)
                            arrivals << b;
                        if (b.isInHouse())
                            inHouse << b;
                        if (b.checkOut == m_today && b.status != BookingStatus::Cancelled)
                            departures << b;
                    }
                    m_arrivals->setBookings(arrivals);
                    m_inHouse->setBookings(inHouse);
                    m_departures->setBookings(departures);
                    // The first arrival is ready for Enter, so a check-in takes no arrow key.
                    if (!arrivals.isEmpty())
                        m_arrivalsTable->selectRow(0);
                    m_arrivalsBox->setTitle(arrivals.isEmpty() ? tr("Arrivals today: none expected")
                                                               : tr("Arrivals today: %1").arg(arrivals.size()));
                    m_inHouseBox->setTitle(inHouse.isEmpty() ? tr("In house: no guest checked in")
                                                             : tr("In house: %1").arg(inHouse.size()));
                    m_departuresBox->setTitle(departures.isEmpty() ? tr("Departures today: none")
                                                                   : tr("Departures today: %1").arg(departures.size()));
                    if (--m_pending == 0)
                        Q_EMIT loaded();
                }));
            m_backend->rooms(m_hotelId).then(qApp, guarded(this, [this, request](const Result<QList<Room>> &r) {
                                                 if (!m_requests.isJobValid(request))
                                                     return;
                                                 if (!r) {
                                                     Q_EMIT message(r.error().userMessage);
                                                     return;
                                                 }
                                                 m_rooms = r.value();
                                                 fillRack();
                                                 if (--m_pending == 0)
                                                     Q_EMIT loaded();
                                             }));
        }));
}

void FrontDeskView::fillRack() {
    const int keep = m_rack->currentRow();
    m_rack->setRowCount(int(m_rooms.size()));
    for (int i = 0; i < m_rooms.size(); ++i) {
        const Room &r = m_rooms[i];
        QString status;
        QColor colour;
        switch (r.status) {
        case RoomStatus::Available:
            status = tr("Free");
            colour = QColor(46, 160, 67, 60);
            break;
        case RoomStatus::Occupied:
            status = tr("Occupied");
            colour = QColor(56, 120, 220, 60);
            break;
        case RoomStatus::Maintenance:
            status = tr("Maintenance");
            colour = QColor(220, 140, 30, 70);
            break;
        }
        const QStringList cells{QString::number(r.floor), r.roomNumber,
                                m_typeNames.value(r.roomTypeId, QString::number(r.roomTypeId)), status};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setBackground(colour);
            item->setData(Qt::UserRole, r.id);
            m_rack->setItem(i, c, item);
        }
    }
    if (keep >= 0 && keep < m_rack->rowCount())
        m_rack->selectRow(keep);
}

void FrontDeskView::checkInSelectedArrival() {
    const Booking *b = selected(m_arrivalsTable, m_arrivals);
    if (!b) {
        Q_EMIT message(tr("Select an arrival first."));
        return;
    }
    const Booking booking = *b;
    const auto room = chooseRoom(this, booking, m_rooms);
    if (!room)
        return;
    m_backend->checkIn(booking.id, *room)
        .then(qApp, guarded(this, [this](const Result<Booking> &r) {
                  if (!r) {
                      qCWarning(lcViews) << "check-in:" << r.error().detail;
                      QMessageBox::warning(this, tr("Not checked in"), r.error().userMessage);
                      return;
                  }
                  Q_EMIT message(tr("%1 checked in to room %2.").arg(r->guestName, r->roomNumber));
                  reload();
              }));
}

void FrontDeskView::checkOutSelectedGuest() {
    const Booking *b = selected(m_inHouseTable, m_inHouse);
    if (!b) {
        Q_EMIT message(tr("Select a guest in house first."));
        return;
    }
    checkOut(*b);
}

void FrontDeskView::checkOut(const Booking &booking) {
    m_backend->checkOut(booking.id)
        .then(qApp, guarded(this, [this](const Result<Booking> &r) {
                  if (!r) {
                      QMessageBox::warning(this, tr("Not checked out"), r.error().userMessage);
                      return;
                  }
                  Q_EMIT message(tr("%1 checked out; room %2 is free again.").arg(r->guestName, r->roomNumber));
                  reload();
              }));
}

void FrontDeskView::toggleMaintenance() {
    const int row = m_rack->currentRow();
    if (row < 0 || row >= m_rooms.size())
        return;
    const Room room = m_rooms[row];
    if (room.status == RoomStatus::Occupied) {
        Q_EMIT message(tr("Room %1 is occupied; check the guest out first.").arg(room.roomNumber));
        return;
    }
    const RoomStatus next = room.status == RoomStatus::Maintenance ? RoomStatus::Available : RoomStatus::Maintenance;
    m_backend->setRoomStatus(m_hotelId, room.id, next).then(qApp, guarded(this, [this](const Result<Room> &r) {
                                                                if (!r) {
                                                                    Q_EMIT message(r.error().userMessage);
                                                                    return;
                                                                }
                                                                reload();
                                                            }));
}

QWidget *FrontDeskView::defaultFocusWidget() const {
    return m_arrivalsTable;
}

} // namespace hotel
