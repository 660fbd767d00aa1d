#pragma once

#include "domain/Domain.h"
#include "ui/common/RequestTracker.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;

namespace hotel {

class Backend;

// Books a stay. Before anything is confirmed the dialog fetches the nights' availability and prices and shows
// the breakdown; a refusal from the backend (sold out meanwhile, bad input) is shown in the dialog, which stays
// open so the clerk can change the stay and try again.
class NewBookingDialog final : public QDialog {
    Q_OBJECT
public:
    NewBookingDialog(Backend *backend, const QList<Hotel> &hotels, QWidget *parent = nullptr);

    void setStay(HotelId hotelId, RoomTypeId roomTypeId, QDate checkIn, QDate checkOut);
    void setGuest(const QString &name, const QString &email, const QString &phone, int guests);

    NewBooking request() const;
    const std::optional<Booking> &createdBooking() const { return m_created; }
    QString errorText() const; // the refusal or validation message currently shown (empty if none)
    bool canConfirm() const;   // availability known, bookable and the form complete
    // Why Confirm is disabled, in words (also its tooltip and the hint beside it); empty when it is enabled.
    QString confirmBlocker() const;
    bool isQuoteLoading() const { return m_quoteLoading; }
    // The total of the breakdown shown (room, taxes and fees), when a quote is on screen.
    std::optional<Money> quotedTotal() const { return m_quote ? std::optional<Money>(m_quotedTotal) : std::nullopt; }

    void accept() override; // submits; closes only when the booking is confirmed

Q_SIGNALS:
    void bookingCreated(const hotel::Booking &booking);

private:
    void loadRoomTypes();
    void scheduleQuote();
    void fetchQuote();
    void showQuote(const Availability &availability);
    void showError(const QString &message);
    void updateConfirm();
    const Hotel *currentHotel() const;
    QDate hotelToday() const; // the chosen hotel's own date
    QString validationError() const;

    QPointer<Backend> m_backend; // the window may switch connections while the dialog is open
    QList<Hotel> m_hotels;
    QComboBox *m_hotel = nullptr;
    QComboBox *m_roomType = nullptr;
    QDateEdit *m_checkIn = nullptr;
    QDateEdit *m_checkOut = nullptr;
    QSpinBox *m_guests = nullptr;
    QLineEdit *m_guestName = nullptr;
    QLineEdit *m_guestEmail = nullptr;
    QLineEdit *m_guestPhone = nullptr;
    QLabel *m_breakdown = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_confirmHint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_quoteTimer = nullptr;

    RequestTracker m_roomTypesRequests;
    RequestTracker m_quoteRequests;
    RoomTypeId m_pendingRoomType = 0;
    std::optional<Availability> m_quote;
    Money m_quotedTotal = 0;
    bool m_quoteLoading = false;
    bool m_submitting = false;
    QString m_idempotencyKey;
    std::optional<Booking> m_created;
};

} // namespace hotel
