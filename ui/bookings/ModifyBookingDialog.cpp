#include "ui/bookings/ModifyBookingDialog.h"

#include "domain/Policy.h"
#include "domain/Validation.h"
#include "model/MoneyText.h"
#include "ui/common/Async.h"
#include "ui/common/ErrorText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

Q_LOGGING_CATEGORY(lcModifyBooking, "hotel.portal.modifybooking")

namespace hotel {

ModifyBookingDialog::ModifyBookingDialog(Backend *backend, const Booking &b, const QList<RoomType> &types,
                                         const Hotel &hotel, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_booking(b)
    , m_hotel(hotel) {
    setObjectName(QStringLiteral("modifyBookingDialog"));
    setWindowTitle(tr("Modify booking %1").arg(b.confirmationCode));
    auto *form = new QFormLayout(this);
    m_checkIn = new QDateEdit(b.checkIn, this);
    m_checkOut = new QDateEdit(b.checkOut, this);
    for (QDateEdit *e : {m_checkIn, m_checkOut}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_checkIn->setEnabled(!b.checkedInAt);
    m_guests = new QSpinBox(this);
    m_guests->setRange(1, limits::maxGuests);
    m_guests->setValue(b.numberOfGuests);
    m_name = new QLineEdit(b.guestName, this);
    m_name->setObjectName(QStringLiteral("guestName"));
    m_type = new QComboBox(this);
    for (const RoomType &t : types)
        m_type->addItem(tr("%1 (sleeps %2)").arg(t.name).arg(t.maxOccupancy), t.id);
    m_type->setCurrentIndex(m_type->findData(b.roomTypeId));
    m_type->setEnabled(!b.checkedInAt);
    form->addRow(tr("Room &type:"), m_type);
    form->addRow(tr("Check-&in:"), m_checkIn);
    form->addRow(tr("Check-&out:"), m_checkOut);
    form->addRow(tr("&Guests:"), m_guests);
    form->addRow(tr("Guest &name:"), m_name);
    m_price = new QLabel(this);
    m_price->setObjectName(QStringLiteral("modifyPrice"));
    m_price->setWordWrap(true);
    form->addRow(tr("Price:"), m_price);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("modifyError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(200, 40, 40));
    m_error->setPalette(errorPalette);
    form->addRow(m_error);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("saveHint"));
    m_hint->setWordWrap(true);
    form->addRow(m_hint);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ModifyBookingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(m_buttons);

    m_quoteTimer = new QTimer(this);
    m_quoteTimer->setSingleShot(true);
    m_quoteTimer->setInterval(150);
    connect(m_quoteTimer, &QTimer::timeout, this, &ModifyBookingDialog::fetchQuote);
    connect(m_checkIn, &QDateEdit::dateChanged, this, &ModifyBookingDialog::scheduleQuote);
    connect(m_checkOut, &QDateEdit::dateChanged, this, &ModifyBookingDialog::scheduleQuote);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ModifyBookingDialog::scheduleQuote);
    connect(m_guests, &QSpinBox::valueChanged, this, &ModifyBookingDialog::updateSave);
    connect(m_name, &QLineEdit::textChanged, this, &ModifyBookingDialog::updateSave);
    m_price->setText(tr("Now %1.").arg(formatMoney(b.totalPrice, b.currency)));
    updateSave();
}

BookingChange ModifyBookingDialog::change() const {
    const Booking &b = m_booking;
    BookingChange change;
    if (m_checkIn->date() != b.checkIn)
        change.checkIn = m_checkIn->date();
    if (m_checkOut->date() != b.checkOut)
        change.checkOut = m_checkOut->date();
    if (m_guests->value() != b.numberOfGuests)
        change.numberOfGuests = m_guests->value();
    if (m_name->text() != b.guestName)
        change.guestName = m_name->text();
    if (m_type->currentIndex() >= 0 && m_type->currentData().toLongLong() != b.roomTypeId)
        change.roomTypeId = m_type->currentData().toLongLong();
    return change;
}

QString ModifyBookingDialog::validationError() const {
    // A guest in house keeps the arrival date, which is in the past by then: only the check-out is checked.
    const QDate today = m_booking.checkedInAt ? QDate() : policy::hotelToday(m_hotel);
    if (const auto invalid = validation::stay(m_checkIn->date(), m_checkOut->date(), today))
        return describeError(*invalid);
    return {};
}

QString ModifyBookingDialog::saveBlocker() const {
    if (m_submitting)
        return tr("Saving the change…");
    if (const QString invalid = validationError(); !invalid.isEmpty())
        return invalid;
    if (change().isEmpty())
        return tr("Nothing changed yet.");
    return {};
}

void ModifyBookingDialog::updateSave() {
    const QString blocker = saveBlocker();
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    save->setEnabled(blocker.isEmpty());
    save->setToolTip(blocker);
    m_hint->setText(blocker);
    m_hint->setVisible(!blocker.isEmpty());
}

void ModifyBookingDialog::scheduleQuote() {
    m_newTotal.reset();
    m_quotes.cancel();
    updateSave();
    m_quoteTimer->start();
}

void ModifyBookingDialog::fetchQuote() {
    const Booking &b = m_booking;
    const QString invalid = validationError();
    if (!invalid.isEmpty()) {
        m_price->setText(tr("Now %1.").arg(formatMoney(b.totalPrice, b.currency)));
        return;
    }
    if (!m_backend)
        return;
    const QDate in = m_checkIn->date(), out = m_checkOut->date();
    const RoomTypeId type = m_type->currentIndex() >= 0 ? m_type->currentData().toLongLong() : b.roomTypeId;
    if (in == b.checkIn && out == b.checkOut && type == b.roomTypeId) {
        m_price->setText(tr("Now %1; unchanged.").arg(formatMoney(b.totalPrice, b.currency)));
        return;
    }
    m_price->setText(tr("Now %1; pricing the new stay…").arg(formatMoney(b.totalPrice, b.currency)));
    const quint64 job = m_quotes.startJob();
    m_backend->availability(b.hotelId, type, in, out)
        .then(qApp, guarded(this, [this, job, in, out](const Result<Availability> &r) {
                  if (!m_quotes.finish(job))
                      return;
                  const Booking &b = m_booking;
                  if (!r) {
                      m_price->setText(tr("Now %1; the new price is not known: %2")
                                           .arg(formatMoney(b.totalPrice, b.currency), describeError(r.error())));
                      return;
                  }
                  // The store's own arithmetic, so the difference shown is the difference charged.
                  const policy::StayPrice price = policy::priceStay(m_hotel, r->totalPrice, nightsBetween(in, out));
                  m_newTotal = price.total;
                  const Money difference = price.total - b.totalPrice;
                  const QString now = formatMoney(price.total, b.currency);
                  const QString was = formatMoney(b.totalPrice, b.currency);
                  if (difference > 0)
                      m_price->setText(
                          tr("New total %1 (was %2): %3 more.").arg(now, was, formatMoney(difference, b.currency)));
                  else if (difference < 0)
                      m_price->setText(
                          tr("New total %1 (was %2): %3 less.").arg(now, was, formatMoney(-difference, b.currency)));
                  else
                      m_price->setText(tr("New total %1, the same as before.").arg(now));
              }));
}

QString ModifyBookingDialog::priceText() const {
    return m_price->text();
}

QString ModifyBookingDialog::errorText() const {
    return m_error->isVisible() ? m_error->text() : QString();
}

void ModifyBookingDialog::showError(const QString &message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ModifyBookingDialog::accept() {
    const BookingChange c = change();
    if (c.isEmpty()) {
        QDialog::reject(); // nothing to save: closing is what the clerk meant
        return;
    }
    if (!saveBlocker().isEmpty() || !m_backend)
        return;
    showError({});
    m_submitting = true;
    updateSave();
    m_backend->modifyBooking(m_booking.id, c).then(qApp, guarded(this, [this](const Result<Booking> &r) {
                                                       m_submitting = false;
                                                       if (!r) {
                                                           const BackendError &e = r.error();
                                                           qCWarning(lcModifyBooking)
                                                               << "modify refused:" << errorKindName(e.kind) << e.field
                                                               << e.reason << e.userMessage << e.detail;
                                                           // The dialog stays open with every edit; the cursor goes to
                                                           // the field named.
                                                           const QString field = e.field.toLower();
                                                           QWidget *widget = field.contains(QLatin1String("name"))
                                                                                 ? static_cast<QWidget *>(m_name)
                                                                             : field.contains(QLatin1String("guests"))
                                                                                 ? static_cast<QWidget *>(m_guests)
                                                                             : field.contains(QLatin1String("checkin"))
                                                                                 ? static_cast<QWidget *>(m_checkIn)
                                                                             : field.contains(QLatin1String("checkout"))
                                                                                 ? static_cast<QWidget *>(m_checkOut)
                                                                             : field.contains(QLatin1String("roomtype"))
                                                                                 ? static_cast<QWidget *>(m_type)
                                                                                 : nullptr;
                                                           showError(tr("Not changed: %1").arg(describeError(e)));
                                                           if (widget)
                                                               widget->setFocus(Qt::OtherFocusReason);
                                                           updateSave();
                                                           return;
                                                       }
                                                       m_changed = r.value();
                                                       QDialog::accept();
                                                   }));
}

} // namespace hotel
