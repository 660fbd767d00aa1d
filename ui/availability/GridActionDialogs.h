#pragma once

#include "ui/availability/AvailabilityGridView.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace hotel {

// Block or unblock rooms of one room type over the selected nights.
class RoomBlockDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Block, Unblock };
    RoomBlockDialog(Mode mode, const GridSelection &selection, QWidget *parent = nullptr);
    int count() const; // positive: rooms to block; negative: rooms to unblock (Store::blockRooms convention)

private:
    Mode m_mode;
    QSpinBox *m_count = nullptr;
};

// One nightly price for every selected night (the prices view offers the richer editor).
class NightPriceDialog final : public QDialog {
    Q_OBJECT
public:
    NightPriceDialog(const GridSelection &selection, Money currentPrice, const QString &currency,
                     QWidget *parent = nullptr);
    std::optional<Money> price() const;
    QString currency() const { return m_currency; }
    void accept() override;

private:
    QLineEdit *m_price = nullptr;
    QLabel *m_error = nullptr;
    QString m_currency;
};

QString describeNights(QDate from, QDate to); // "Fri 28 Nov – Sun 30 Nov (3 nights)"

} // namespace hotel
