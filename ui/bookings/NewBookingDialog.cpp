#include "ui/bookings/NewBookingDialog.h"

#include "client/Backend.h"
#include "domain/Policy.h"
#include "domain/Validation.h"
#include "model/MoneyText.h"
#include "ui/common/Async.h"
#include "ui/common/ErrorText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcNewBooking, "hotel.portal.newbooking")

namespace hotel {

NewBookingDialog::NewBookingDialog(Backend *backend, const QList<Hotel> &hotels, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_hotels(hotels)
    , m_idempotencyKey(QUuid::createUuid().toString(QUuid::WithoutBraces)) {
    setWindowTitle(tr("New booking"));
    setObjectName(QStringLiteral("newBookingDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *stayBox = new QGroupBox(tr("Stay"), this);
    auto *stay = new QFormLayout(stayBox);
    m_hotel = new QComboBox(stayBox);
    for (const Hotel &h : m_hotels)
        m_hotel->addItem(h.name, h.id);
    m_roomType = new QComboBox(stayBox);
    m_checkIn = new QDateEdit(stayBox);
    m_checkOut = new QDateEdit(stayBox);
    for (auto *edit : {m_checkIn, m_checkOut}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_guests = new QSpinBox(stayBox);
    m_guests->setRange(1, limits::maxGuests);
    stay->addRow(tr("&Hotel:"), m_hotel);
    stay->addRow(tr("&Room type:"), m_roomType);
    stay->addRow(tr("Check-&in:"), m_checkIn);
    stay->addRow(tr("Check-&out:"), m_checkOut);
    stay->addRow(tr("G&uests:"), m_guests);
    layout->addWidget(stayBox);

    auto *guestBox = new QGroupBox(tr("Guest"), this);
    auto *guest = new QFormLayout(guestBox);
    m_guestName = new QLineEdit(guestBox);
    m_guestEmail = new QLineEdit(guestBox);
    m_guestPhone = new QLineEdit(guestBox);
    for (auto *edit : {m_guestName, m_guestEmail, m_guestPhone})
        edit->setMaxLength(limits::maxTextLength);
    m_guestEmail->setPlaceholderText(tr("guest@example.com (required)"));
    m_guestName->setPlaceholderText(tr("Required"));
    guest->addRow(tr("&Name:"), m_guestName);
    guest->addRow(tr("&E-mail:"), m_guestEmail);
    guest->addRow(tr("&Phone:"), m_guestPhone);
    layout->addWidget(guestBox);

    auto *priceBox = new QGroupBox(tr("Availability and price"), this);
    auto *priceLayout = new QVBoxLayout(priceBox);
    m_breakdown = new QLabel(priceBox);
    m_breakdown->setObjectName(QStringLiteral("priceBreakdown"));
    m_breakdown->setWordWrap(true);
    m_breakdown->setTextFormat(Qt::RichText);
    m_breakdown->setMinimumHeight(fontMetrics().height() * 5);
    m_breakdown->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    priceLayout->addWidget(m_breakdown);
    layout->addWidget(priceBox, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("bookingError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(200, 40, 40));
    m_error->setPalette(errorPalette);
    layout->addWidget(m_error);

    // A disabled Confirm says why, beside it (and in its tooltip): what is missing or still on its way.
    auto *buttonRow = new QHBoxLayout;
    m_confirmHint = new QLabel(this);
    m_confirmHint->setObjectName(QStringLiteral("confirmHint"));
    m_confirmHint->setWordWrap(true);
    m_confirmHint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Confirm booking"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewBookingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewBookingDialog::reject);
    buttonRow->addWidget(m_confirmHint, 1);
    buttonRow->addWidget(m_buttons);
    layout->addLayout(buttonRow);

    m_quoteTimer = new QTimer(this);
    m_quoteTimer->setSingleShot(true);
    m_quoteTimer->setInterval(200);
    connect(m_quoteTimer, &QTimer::timeout, this, &NewBookingDialog::fetchQuote);

    connect(m_hotel, &QComboBox::currentIndexChanged, this, &NewBookingDialog::loadRoomTypes);
    connect(m_roomType, &QComboBox::currentIndexChanged, this, &NewBookingDialog::scheduleQuote);
    connect(m_checkIn, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (m_checkOut->date() <= date)
            m_checkOut->setDate(date.addDays(1));
        scheduleQuote();
    });
    connect(m_checkOut, &QDateEdit::dateChanged, this, &NewBookingDialog::scheduleQuote);
    connect(m_guests, &QSpinBox::valueChanged, this, &NewBookingDialog::scheduleQuote);
    for (auto *edit : {m_guestName, m_guestEmail, m_guestPhone})
        connect(edit, &QLineEdit::textChanged, this, &NewBookingDialog::updateConfirm);

    const QDate today = hotelToday();
    m_checkIn->setDate(today);
    m_checkOut->setDate(today.addDays(1));
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 60, 0)));
    loadRoomTypes();
}

const Hotel *NewBookingDialog::currentHotel() const {
    const int index = m_hotel->currentIndex();
    return index >= 0 && index < m_hotels.size() ? &m_hotels.at(index) : nullptr;
}

QDate NewBookingDialog::hotelToday() const {
    const Hotel *hotel = currentHotel();
    return hotel ? policy::hotelToday(*hotel) : policy::hotelToday(QByteArrayLiteral("UTC"));
}

void NewBookingDialog::setStay(HotelId hotelId, RoomTypeId roomTypeId, QDate checkIn, QDate checkOut) {
    m_pendingRoomType = roomTypeId;
    const int hotelIndex = m_hotel->findData(hotelId);
    if (hotelIndex >= 0 && hotelIndex != m_hotel->currentIndex())
        m_hotel->setCurrentIndex(hotelIndex); // loads room types, then selects m_pendingRoomType
    else if (const int typeIndex = m_roomType->findData(roomTypeId); typeIndex >= 0)
        m_roomType->setCurrentIndex(typeIndex);
    m_checkIn->setDate(checkIn);
    m_checkOut->setDate(checkOut);
    scheduleQuote();
    // The stay is chosen already (from the grid): the clerk's next keystrokes are the guest's name.
    if (roomTypeId != 0)
        QTimer::singleShot(0, m_guestName, [this] { m_guestName->setFocus(Qt::OtherFocusReason); });
}

void NewBookingDialog::setGuest(const QString &name, const QString &email, const QString &phone, int guests) {
    m_guestName->setText(name);
    m_guestEmail->setText(email);
    m_guestPhone->setText(phone);
    m_guests->setValue(guests);
}

NewBooking NewBookingDialog::request() const {
    NewBooking b;
    if (const Hotel *h = currentHotel())
        b.hotelId = h->id;
    b.roomTypeId = m_roomType->currentData().toLongLong();
    b.checkIn = m_checkIn->date();
    b.checkOut = m_checkOut->date();
    b.guestName = m_guestName->text().trimmed();
    b.guestEmail = m_guestEmail->text().trimmed();
    b.guestPhone = m_guestPhone->text().trimmed();
    b.numberOfGuests = m_guests->value();
    b.idempotencyKey = m_idempotencyKey;
    return b;
}

QString NewBookingDialog::errorText() const {
    return m_error->isVisible() ? m_error->text() : QString();
}

void NewBookingDialog::loadRoomTypes() {
    const Hotel *hotel = currentHotel();
    m_roomType->clear();
    if (!hotel)
        return;
    if (!m_backend)
        return showError(tr("The connection was closed; nothing can be booked from this window."));
    const quint64 request = m_roomTypesRequests.startJob();
    m_roomType->setEnabled(false);
    m_backend->roomTypes(hotel->id).then(
        qApp, guarded(this, [this, request](const Result<QList<RoomType>> &result) {
            if (!m_roomTypesRequests.finish(request))
                return; // the clerk picked another hotel meanwhile
            m_roomType->setEnabled(true);
            if (!result) {
                qCWarning(lcNewBooking) << "room types:" << result.error().detail;
                showError(result.error().userMessage);
                return;
            }
            const QSignalBlocker blocker(m_roomType);
            m_roomType->clear();
            for (const RoomType &type : result.value())
                m_roomType->addItem(tr("%1 (up to %n guest(s))", nullptr, type.maxOccupancy).arg(type.name), type.id);
            const int index = m_roomType->findData(m_pendingRoomType);
            m_roomType->setCurrentIndex(index >= 0 ? index : 0);
            scheduleQuote();
        }));
}

void NewBookingDialog::scheduleQuote() {
    // Any change invalidates the quote shown: confirming must never use prices the clerk did not see.
    m_quote.reset();
    m_quoteLoading = true;
    m_quoteRequests.cancel();
    m_breakdown->setText(tr("Checking availability…"));
    updateConfirm();
    m_quoteTimer->start();
}

QString NewBookingDialog::validationError() const {
    const NewBooking b = request();
    if (b.roomTypeId == 0)
        return tr("Choose a room type.");
    // The store's own check, so the dialog never offers a stay the store refuses.
    if (const auto invalid = validation::stay(b.checkIn, b.checkOut, hotelToday()))
        return describeError(*invalid);
    return {};
}

void NewBookingDialog::fetchQuote() {
    const NewBooking b = request();
    const QString invalid = validationError();
    if (!invalid.isEmpty()) {
        m_quoteLoading = false;
        m_breakdown->setText(invalid);
        updateConfirm();
        return;
    }
    if (!m_backend) {
        m_quoteLoading = false;
        showError(tr("The connection was closed; nothing can be booked from this window."));
        updateConfirm();
        return;
    }
    const quint64 request = m_quoteRequests.startJob();
    m_backend->availability(b.hotelId, b.roomTypeId, b.checkIn, b.checkOut)
        .then(qApp, guarded(this, [this, request](const Result<Availability> &result) {
                  if (!m_quoteRequests.finish(request))
                      return; // stale: the stay changed since this was asked
                  m_quoteLoading = false;
                  if (!result) {
                      qCWarning(lcNewBooking) << "availability:" << result.error().detail;
                      m_breakdown->setText(describeError(result.error()).toHtmlEscaped());
                      updateConfirm();
                      return;
                  }
                  m_quote = result.value();
                  showQuote(*m_quote);
                  updateConfirm();
              }));
}

void NewBookingDialog::showQuote(const Availability &a) {
    const Hotel *hotel = currentHotel();
    const QString currency = a.roomType.currency;
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    const QLocale locale;
    for (const NightAvailability &night : a.nights) {
        const QString left = night.available > 0 ? tr("%n room(s) left", nullptr, night.available)
                                                 : QStringLiteral("<b>%1</b>").arg(tr("sold out").toHtmlEscaped());
        html += QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;%2</td><td align=\"right\">&nbsp;&nbsp;%3</td></tr>")
                    .arg(locale.toString(night.date, tr("ddd d MMM", "date format of a night in the price breakdown"))
                             .toHtmlEscaped(),
                         left, formatMoney(night.price, currency).toHtmlEscaped());
    }
    const int nights = int(a.nights.size());
    // The store's own arithmetic (each part rounded once to the currency's minor unit): the quote is what is
    // stored, to the cent.
    const policy::StayPrice price =
        hotel ? policy::priceStay(*hotel, a.totalPrice, nights) : policy::StayPrice{a.totalPrice, 0, 0, a.totalPrice};
    m_quotedTotal = price.total;
    html += QStringLiteral("<tr><td colspan=\"2\">%1</td><td align=\"right\">%2</td></tr>")
                .arg(tr("Room, %n night(s)", nullptr, nights).toHtmlEscaped(),
                     formatMoney(price.room, currency).toHtmlEscaped());
    html += QStringLiteral("<tr><td colspan=\"2\">%1</td><td align=\"right\">%2</td></tr>")
                .arg(tr("Taxes").toHtmlEscaped(), formatMoney(price.taxes, currency).toHtmlEscaped());
    if (price.fees > 0)
        html += QStringLiteral("<tr><td colspan=\"2\">%1</td><td align=\"right\">%2</td></tr>")
                    .arg(tr("Service fees").toHtmlEscaped(), formatMoney(price.fees, currency).toHtmlEscaped());
    html += QStringLiteral("<tr><td colspan=\"2\"><b>%1</b></td><td align=\"right\"><b>%2</b></td></tr></table>")
                .arg(tr("Total").toHtmlEscaped(), formatMoney(price.total, currency).toHtmlEscaped());
    if (!a.bookable())
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("This room type is sold out on at least one of these nights. Choose other dates or "
                            "another room type.")
                             .toHtmlEscaped());
    else if (m_guests->value() > a.roomType.maxOccupancy)
        html +=
            QStringLiteral("<p><b>%1</b></p>")
                .arg(
                    tr("This room type sleeps at most %n guest(s).", nullptr, a.roomType.maxOccupancy).toHtmlEscaped());
    m_breakdown->setText(html);
    // Grow to show the whole breakdown (a long stay lists many nights); never shrink under the clerk's hands.
    resize(size().expandedTo(sizeHint()));
}

static bool looksLikeEmail(const QString &text) {
    // The store has the final word; this only keeps Confirm disabled until the address is plausible.
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    return at > 0 && text.indexOf(QLatin1Char('.'), at) > at + 1 && !text.endsWith(QLatin1Char('.')) &&
           !text.contains(QLatin1Char(' '));
}

bool NewBookingDialog::canConfirm() const {
    return confirmBlocker().isEmpty();
}

QString NewBookingDialog::confirmBlocker() const {
    if (m_submitting)
        return tr("Saving the booking…");
    if (const QString invalid = validationError(); !invalid.isEmpty())
        return invalid;
    if (m_quoteLoading)
        return tr("Waiting for the availability and the price of these nights…");
    if (!m_quote)
        return tr("No price for these nights yet: see the message above.");
    if (!m_quote->bookable())
        return tr("Sold out on at least one of these nights: choose other dates or another room type.");
    if (m_guests->value() > m_quote->roomType.maxOccupancy)
        return tr("Too many guests for this room type: it sleeps at most %n.", nullptr, m_quote->roomType.maxOccupancy);
    if (m_guestName->text().trimmed().isEmpty())
        return tr("Enter the guest's name to confirm.");
    if (m_guestEmail->text().trimmed().isEmpty())
        return tr("Enter the guest's e-mail address to confirm.");
    if (!looksLikeEmail(m_guestEmail->text().trimmed()))
        return tr("The e-mail address looks incomplete; it should look like name@example.com.");
    return {};
}

void NewBookingDialog::updateConfirm() {
    const QString blocker = confirmBlocker();
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(blocker.isEmpty());
    ok->setToolTip(blocker);
    m_confirmHint->setText(blocker);
    m_confirmHint->setVisible(!blocker.isEmpty());
}

void NewBookingDialog::showError(const QString &message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void NewBookingDialog::accept() {
    if (!canConfirm())
        return;
    if (!m_backend)
        return showError(tr("The connection was closed; nothing was booked."));
    showError({});
    m_submitting = true;
    updateConfirm();
    setCursor(Qt::BusyCursor);
    m_backend->createBooking(request()).then(
        qApp, guarded(this, [this](const Result<Booking> &result) {
            m_submitting = false;
            unsetCursor();
            if (!result) {
                const BackendError &error = result.error();
                qCWarning(lcNewBooking) << "create booking refused:" << errorKindName(error.kind) << error.detail;
                QString message = error.userMessage;
                if (message.isEmpty())
                    message = tr("The booking was not saved.");
                if (error.kind == BackendError::Kind::InvalidInput) {
                    // Name the field as the form labels it and put the cursor there; the store's own wording (in
                    // API spelling) goes to the log only.
                    qCWarning(lcNewBooking) << "refused field" << error.field << error.reason << error.userMessage;
                    const QString field = error.field.toLower();
                    QWidget *widget = nullptr;
                    if (field.contains(QLatin1String("email")))
                        widget = m_guestEmail;
                    else if (field.contains(QLatin1String("phone")))
                        widget = m_guestPhone;
                    else if (field.contains(QLatin1String("name")))
                        widget = m_guestName;
                    else if (field.contains(QLatin1String("guests")))
                        widget = m_guests;
                    else if (field.contains(QLatin1String("check")))
                        widget = field.contains(QLatin1String("out")) ? m_checkOut : m_checkIn;
                    message = tr("Not booked: %1").arg(describeError(error));
                    if (widget)
                        widget->setFocus(Qt::OtherFocusReason);
                    showError(message);
                    updateConfirm();
                    return;
                }
                if (error.kind == BackendError::Kind::NoAvailability)
                    message = tr("Not booked: %1 The availability above has been refreshed.").arg(message);
                else if (error.kind == BackendError::Kind::Unavailable || error.kind == BackendError::Kind::Timeout)
                    message =
                        tr("Not booked: %1 Nothing was saved; try again when the connection is back.").arg(message);
                showError(message);
                // A refusal for availability means the nights changed: fetch them again. The same idempotency key is
                // kept, so a retry after a lost answer cannot book twice.
                scheduleQuote();
                return;
            }
            m_created = result.value();
            Q_EMIT bookingCreated(*m_created);
            QDialog::accept();
        }));
}

} // namespace hotel
