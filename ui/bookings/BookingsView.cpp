#include "ui/bookings/BookingsView.h"

#include "domain/Policy.h"
#include "model/BookingListModel.h"
#include "model/MoneyText.h"
#include "ui/bookings/ModifyBookingDialog.h"
#include "ui/common/Async.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcViews, "hotel.portal.views")

namespace hotel {

std::optional<RoomId> chooseRoom(QWidget *parent, const Booking &booking, const QList<Room> &rooms) {
    QDialog dialog(parent);
    dialog.setWindowTitle(QObject::tr("Check in %1").arg(booking.guestName));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(
        new QLabel(QObject::tr("Free %1 rooms (not under maintenance), by floor:").arg(booking.roomTypeName), &dialog));
    auto *list = new QListWidget(&dialog);
    QList<Room> free;
    for (const Room &r : rooms)
        if (r.roomTypeId == booking.roomTypeId && r.status == RoomStatus::Available)
            free << r;
    std::sort(free.begin(), free.end(), [](const Room &a, const Room &b) {
        return a.floor != b.floor ? a.floor < b.floor : a.roomNumber < b.roomNumber;
    });
    for (const Room &r : free) {
        auto *item = new QListWidgetItem(QObject::tr("Floor %1 · Room %2").arg(r.floor).arg(r.roomNumber), list);
        item->setData(Qt::UserRole, r.id);
    }
    if (free.isEmpty())
        layout->addWidget(
            new QLabel(QObject::tr("No room of this type is free: free one up in the room rack first."), &dialog));
    list->setCurrentRow(0);
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(QObject::tr("Check in"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!free.isEmpty());
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(list, &QListWidget::itemDoubleClicked, &dialog, &QDialog::accept);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted || !list->currentItem())
        return std::nullopt;
    return list->currentItem()->data(Qt::UserRole).toLongLong();
}

BookingsView::BookingsView(Backend *backend, QWidget *parent)
    : PortalPage(parent)
    , m_backend(backend)
    , m_model(new BookingListModel(this))
    , m_proxy(new QSortFilterProxyModel(this)) {
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_status = new QComboBox(this);
    m_status->addItem(tr("Any status"), -1);
    m_status->addItem(tr("Confirmed"), int(BookingStatus::Confirmed));
    m_status->addItem(tr("Pending"), int(BookingStatus::Pending));
    m_status->addItem(tr("Cancelled"), int(BookingStatus::Cancelled));
    m_status->addItem(tr("Checked out"), int(BookingStatus::Completed));
    // UTC's date until the hotel answers with its own (setHotel), never the machine's.
    const QDate today = policy::hotelToday(QByteArrayLiteral("UTC"));
    m_from = new QDateEdit(today.addDays(-7), this);
    m_to = new QDateEdit(today.addDays(60), this);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Guest name, e-mail or confirmation code"));
    m_search->setClearButtonEnabled(true);
    auto *statusLabel = new QLabel(tr("Stat&us:"), this);
    statusLabel->setBuddy(m_status);
    auto *fromLabel = new QLabel(tr("Sta&ys from:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to:"), this);
    toLabel->setBuddy(m_to);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    layout->addLayout(filters);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BookingListModel::SortRole);
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BookingListModel::CheckInColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);

    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);
    auto *actions = new QHBoxLayout;
    m_modify = new QPushButton(tr("&Modify…"), this);
    m_cancel = new QPushButton(tr("&Cancel booking…"), this);
    m_checkIn = new QPushButton(tr("Check &in…"), this);
    m_checkOut = new QPushButton(tr("Check &out"), this);
    for (QPushButton *b : {m_modify, m_cancel, m_checkIn, m_checkOut})
        actions->addWidget(b);
    actions->addStretch();
    layout->addLayout(actions);
    m_feedback = new QLabel(this);
    m_feedback->setWordWrap(true);
    layout->addWidget(m_feedback);

    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(debounce, &QTimer::timeout, this, &BookingsView::reload);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_status, &QComboBox::currentIndexChanged, this, &BookingsView::reload);
    for (QDateEdit *e : {m_from, m_to})
        connect(e, &QDateEdit::dateChanged, this, [this] {
            m_datesChosen = true;
            reload();
        });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BookingsView::updateDetails);
    // Enter on a row (and a double click) opens the booking to change it: the list's main action.
    connect(m_table, &QTableView::activated, this, &BookingsView::modifySelected);
    connect(m_modify, &QPushButton::clicked, this, &BookingsView::modifySelected);
    connect(m_cancel, &QPushButton::clicked, this, &BookingsView::cancelSelected);
    connect(m_checkIn, &QPushButton::clicked, this, &BookingsView::checkInSelected);
    connect(m_checkOut, &QPushButton::clicked, this, &BookingsView::checkOutSelected);
    connect(m_backend, &Backend::hotelChanged, this, [this](HotelId id) {
        if (id == m_hotelId)
            reload();
    });
    connect(this, &BookingsView::message, m_feedback, &QLabel::setText);
    createActions();
    updateDetails();
}

void BookingsView::createActions() {
    m_find = new QAction(tr("&Find a guest…"), this);
    m_find->setShortcut(QKeySequence::Find);
    m_find->setStatusTip(tr("Search bookings by guest name, e-mail or confirmation code"));
    connect(m_find, &QAction::triggered, this, &BookingsView::findGuest);
    const struct {
        QAction *&action;
        QString text;
        QKeySequence shortcut;
        void (BookingsView::*slot)();
    } commands[] = {
        {m_modifyAction, tr("&Modify booking…"), QKeySequence(tr("Ctrl+E")), &BookingsView::modifySelected},
        {m_cancelAction, tr("&Cancel booking…"), QKeySequence(tr("Ctrl+Del")), &BookingsView::cancelSelected},
        {m_checkInAction, tr("Check &in…"), QKeySequence(tr("Ctrl+I")), &BookingsView::checkInSelected},
        {m_checkOutAction, tr("Check &out"), QKeySequence(tr("Ctrl+Shift+I")), &BookingsView::checkOutSelected},
    };
    for (const auto &c : commands) {
        c.action = new QAction(c.text, this);
        c.action->setShortcut(c.shortcut);
        connect(c.action, &QAction::triggered, this, c.slot);
    }
}

QList<QAction *> BookingsView::pageActions() const {
    return {m_find, m_modifyAction, m_cancelAction, m_checkInAction, m_checkOutAction};
}

QString BookingsView::menuTitle() const {
    return tr("Boo&king");
}

void BookingsView::setOnScreen(bool onScreen) {
    m_onScreen = onScreen;
    updateDetails();
}

void BookingsView::findGuest() {
    Q_EMIT raiseRequested();
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

const Booking *BookingsView::selectedBooking() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_model->bookingAt(m_proxy->mapToSource(rows.first()).row());
}

void BookingsView::setHotel(HotelId hotelId) {
    if (hotelId == m_hotelId)
        return;
    m_hotelId = hotelId;
    m_model->setBookings({});
    if (m_datesChosen) {
        reload();
        return;
    }
    // The default range is around the hotel's own today (its time zone), which may not be the machine's date.
    const quint64 request = m_hotelRequests.startJob();
    m_backend->hotel(hotelId).then(qApp, guarded(this, [this, request](const Result<Hotel> &hotel) {
                                       if (!m_hotelRequests.finish(request))
                                           return;
                                       if (hotel && !m_datesChosen) {
                                           const QDate today = policy::hotelToday(*hotel);
                                           const QSignalBlocker b1(m_from), b2(m_to);
                                           m_from->setDate(today.addDays(-7));
                                           m_to->setDate(today.addDays(60));
                                       }
                                       reload();
                                   }));
}

QDate BookingsView::filterFrom() const {
    return m_from->date();
}

QDate BookingsView::filterTo() const {
    return m_to->date();
}

void BookingsView::reload() {
    if (m_hotelId <= 0)
        return;
    BookingFilter filter;
    filter.hotelId = m_hotelId;
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.text = m_search->text();
    const int status = m_status->currentData().toInt();
    if (status >= 0)
        filter.statuses << BookingStatus(status);
    const quint64 request = m_requests.startJob();
    const BookingId keep = selectedBooking() ? selectedBooking()->id : 0;
    m_backend->bookings(filter).then(
        qApp, guarded(this, [this, request, keep](const Result<QList<Booking>> &r) {
            if (!m_requests.finish(request))
                return; // a newer filter was asked for meanwhile
            if (!r) {
                report(r.error());
                return;
            }
            m_model->setBookings(r.value());
            for (int row = 0; row < m_proxy->rowCount(); ++row)
                if (m_proxy->index(row, 0).data(BookingListModel::BookingIdRole).toLongLong() == keep)
                    m_table->selectRow(row);
            updateDetails();
            Q_EMIT loaded();
        }));
}

void BookingsView::report(const BackendError &error) {
    qCWarning(lcViews) << "bookings view:" << error.detail;
    Q_EMIT message(error.userMessage);
}

void BookingsView::updateDetails() {
    const Booking *b = selectedBooking();
    const bool active = b && (b->status == BookingStatus::Confirmed || b->status == BookingStatus::Pending);
    m_modify->setEnabled(active);
    m_cancel->setEnabled(active && !b->isInHouse());
    m_checkIn->setEnabled(active && !b->checkedInAt);
    m_checkOut->setEnabled(b && b->isInHouse());
    // The menu commands act on this page's selection, so they are off while another tab is on screen (the same
    // shortcuts then belong to that tab's commands).
    if (m_modifyAction) {
        m_modifyAction->setEnabled(m_onScreen && m_modify->isEnabled());
        m_cancelAction->setEnabled(m_onScreen && m_cancel->isEnabled());
        m_checkInAction->setEnabled(m_onScreen && m_checkIn->isEnabled());
        m_checkOutAction->setEnabled(m_onScreen && m_checkOut->isEnabled());
    }
    if (!b) {
        m_details->setText(m_model->rowCount() ? tr("Select a booking to see its details.")
                                               : tr("No bookings match these filters."));
        return;
    }
    m_details->setText(
        tr("<b>%1</b> · %2 · %3 → %4 (%n night(s)) · %5 guest(s) · room %6 + taxes %7 + fees %8 = <b>%9</b>", "",
           b->nights)
            .arg(b->confirmationCode, b->guestName.toHtmlEscaped(), b->checkIn.toString(Qt::ISODate),
                 b->checkOut.toString(Qt::ISODate))
            .arg(b->numberOfGuests)
            .arg(formatMoney(b->roomPrice, b->currency).toHtmlEscaped(),
                 formatMoney(b->taxes, b->currency).toHtmlEscaped(), formatMoney(b->fees, b->currency).toHtmlEscaped(),
                 formatMoney(b->totalPrice, b->currency).toHtmlEscaped()));
}

void BookingsView::modifySelected() {
    const Booking *selected = selectedBooking();
    if (!selected || !(selected->status == BookingStatus::Confirmed || selected->status == BookingStatus::Pending))
        return;
    const Booking b = *selected;
    // The hotel's room types first, so the clerk can move the stay to another type, and the hotel for its prices'
    // taxes and fees and its own today.
    m_backend->roomTypes(b.hotelId).then(qApp, guarded(this, [this, b](const Result<QList<RoomType>> &types) {
                                             if (!types) {
                                                 report(types.error());
                                                 return;
                                             }
                                             m_backend->hotel(b.hotelId).then(
                                                 qApp, guarded(this, [this, b, types](const Result<Hotel> &hotel) {
                                                     if (!hotel) {
                                                         report(hotel.error());
                                                         return;
                                                     }
                                                     modifyWith(b, types.value(), hotel.value());
                                                 }));
                                         }));
}

void BookingsView::modifyWith(const Booking &b, const QList<RoomType> &types, const Hotel &hotel) {
    ModifyBookingDialog dialog(m_backend, b, types, hotel, this);
    // The dialog saves and shows refusals itself; it closes only when the change was stored.
    if (dialog.exec() != QDialog::Accepted || !dialog.changedBooking())
        return;
    const Booking &r = *dialog.changedBooking();
    Q_EMIT message(tr("Booking %1 changed: %2 → %3, total %4")
                       .arg(r.confirmationCode, r.checkIn.toString(Qt::ISODate), r.checkOut.toString(Qt::ISODate),
                            formatMoney(r.totalPrice, r.currency)));
    reload();
}

void BookingsView::cancelSelected() {
    const Booking *selected = selectedBooking();
    if (!selected)
        return;
    const Booking b = *selected;
    // The hotel first: what the guest gets back depends on its policy and its clock, and the clerk should see that
    // before saying yes.
    m_backend->hotel(b.hotelId).then(qApp, guarded(this, [this, b](const Result<Hotel> &hotel) {
                                         if (!hotel) {
                                             report(hotel.error());
                                             return;
                                         }
                                         cancelWith(b, *hotel);
                                     }));
}

QString BookingsView::cancellationText(const Hotel &hotel, const Booking &b, const QDateTime &nowUtc) {
    const policy::CancellationTerms terms = policy::cancellationTerms(hotel, b, nowUtc);
    return terms.free ? tr("Free cancellation until %1 (hotel time): the guest gets %2 back.")
                            .arg(terms.deadlineText, formatMoney(terms.refund, b.currency))
                      : tr("The free-cancellation deadline was %1 (hotel time): no refund; the guest pays %2.")
                            .arg(terms.deadlineText, formatMoney(b.totalPrice, b.currency));
}

void BookingsView::cancelWith(const Booking &b, const Hotel &hotel) {
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Cancel booking %1").arg(b.confirmationCode),
                              tr("Cancel %1's stay %2 → %3?\n%4\nReason:")
                                  .arg(b.guestName, b.checkIn.toString(Qt::ISODate), b.checkOut.toString(Qt::ISODate),
                                       cancellationText(hotel, b, QDateTime::currentDateTimeUtc())),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const bool staff = m_backend->session() && m_backend->session()->user.actor().isStaff();
    // Staff may cancel after the free-cancellation deadline; the refund then is 0 and the clerk is told so.
    m_backend->cancelBooking(b.id, reason, staff)
        .then(qApp, guarded(this, [this](const Result<CancelResult> &r) {
                  if (!r) {
                      report(r.error());
                      QMessageBox::warning(this, tr("Booking not cancelled"), r.error().userMessage);
                      return;
                  }
                  Q_EMIT message(
                      r->refundAmount > 0
                          ? tr("Booking %1 cancelled; refund %2.")
                                .arg(r->booking.confirmationCode, formatMoney(r->refundAmount, r->booking.currency))
                          : tr("Booking %1 cancelled after the free-cancellation deadline; no refund.")
                                .arg(r->booking.confirmationCode));
                  reload();
              }));
}

void BookingsView::checkInSelected() {
    const Booking *selected = selectedBooking();
    if (!selected)
        return;
    const Booking b = *selected;
    m_backend->rooms(b.hotelId).then(
        qApp, guarded(this, [this, b](const Result<QList<Room>> &rooms) {
            if (!rooms) {
                report(rooms.error());
                return;
            }
            const auto room = chooseRoom(this, b, rooms.value());
            if (!room)
                return;
            m_backend->checkIn(b.id, *room)
                .then(qApp, guarded(this, [this](const Result<Booking> &r) {
                          if (!r) {
                              report(r.error());
                              QMessageBox::warning(this, tr("Not checked in"), r.error().userMessage);
                              return;
                          }
                          Q_EMIT message(tr("%1 checked in to room %2.").arg(r->guestName, r->roomNumber));
                          reload();
                      }));
        }));
}

void BookingsView::checkOutSelected() {
    const Booking *selected = selectedBooking();
    if (!selected)
        return;
    m_backend->checkOut(selected->id).then(qApp, guarded(this, [this](const Result<Booking> &r) {
                                               if (!r) {
                                                   report(r.error());
                                                   return;
                                               }
                                               Q_EMIT message(tr("%1 checked out.").arg(r->guestName));
                                               reload();
                                           }));
}

QWidget *BookingsView::defaultFocusWidget() const {
    return m_table;
}

} // namespace hotel
