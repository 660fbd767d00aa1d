#pragma once

#include "client/Backend.h"
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

// Changes a booking's dates, room type, guests or name. Before saving it shows the new total beside the old one
// (the store's own arithmetic, policy::priceStay); a refusal is shown inside the dialog, which stays open with
// every edit kept, the field named as the form labels it.
class ModifyBookingDialog final : public QDialog {
    Q_OBJECT
public:
    ModifyBookingDialog(Backend *backend, const Booking &booking, const QList<RoomType> &types, const Hotel &hotel,
                        QWidget *parent = nullptr);

    BookingChange change() const;
    const std::optional<Booking> &changedBooking() const { return m_changed; }
    // The total of the changed stay, once its nights' prices are known.
    std::optional<Money> newTotal() const { return m_newTotal; }
    QString priceText() const;
    QString errorText() const;   // the refusal shown (empty if none)
    QString saveBlocker() const; // why Save is disabled, in words; empty when enabled

    void accept() override; // submits; closes only when the store took the change

private:
    void scheduleQuote();
    void fetchQuote();
    void updateSave();
    void showError(const QString &message);
    QString validationError() const;

    QPointer<Backend> m_backend;
    Booking m_booking;
    Hotel m_hotel;
    QComboBox *m_type = nullptr;
    QDateEdit *m_checkIn = nullptr;
    QDateEdit *m_checkOut = nullptr;
    QSpinBox *m_guests = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_price = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_quoteTimer = nullptr;
    RequestTracker m_quotes;
    std::optional<Money> m_newTotal;
    bool m_submitting = false;
    std::optional<Booking> m_changed;
};

} // namespace hotel
