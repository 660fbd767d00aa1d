#include "ui/availability/GridActionDialogs.h"

#include "domain/Policy.h"
#include "model/MoneyText.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

namespace hotel {

QString describeNights(QDate from, QDate to) {
    const QLocale locale;
    const int nights = nightsBetween(from, to);
    const QString format =
        QCoreApplication::translate("hotel::GridActionDialogs", "ddd d MMM yyyy", "date format of a night in messages");
    const QString first = locale.toString(from, format);
    if (nights <= 1)
        return QCoreApplication::translate("hotel::GridActionDialogs", "night of %1").arg(first);
    return QCoreApplication::translate("hotel::GridActionDialogs", "%1 – %2 (%n night(s))", nullptr, nights)
        .arg(first, locale.toString(to.addDays(-1), format));
}

RoomBlockDialog::RoomBlockDialog(Mode mode, const GridSelection &selection, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode) {
    setWindowTitle(mode == Mode::Block ? tr("Block rooms") : tr("Unblock rooms"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Room type:"), new QLabel(selection.roomTypeName, this));
    form->addRow(tr("Nights:"), new QLabel(describeNights(selection.from, selection.to), this));
    m_count = new QSpinBox(this);
    if (mode == Mode::Block) {
        // Only rooms still for sale on every night can be taken out of sale.
        m_count->setRange(selection.minAvailable > 0 ? 1 : 0, std::max(0, selection.minAvailable));
        form->addRow(tr("&Rooms to block:"), m_count);
        if (selection.minAvailable <= 0)
            form->addRow(new QLabel(tr("No room is free on every selected night, so none can be blocked."), this));
    } else {
        m_count->setRange(selection.minBlocked > 0 ? 1 : 0, std::max(0, selection.minBlocked));
        form->addRow(tr("&Rooms to unblock:"), m_count);
        if (selection.minBlocked <= 0)
            form->addRow(new QLabel(tr("Not every selected night has blocked rooms, so none can be unblocked."), this));
    }
    m_count->setValue(m_count->minimum());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Block ? tr("&Block") : tr("&Unblock"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_count->maximum() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

int RoomBlockDialog::count() const {
    return m_mode == Mode::Block ? m_count->value() : -m_count->value();
}

NightPriceDialog::NightPriceDialog(const GridSelection &selection, Money currentPrice, const QString &currency,
                                   QWidget *parent)
    : QDialog(parent)
    , m_currency(currency) {
    setWindowTitle(tr("Set price"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Room type:"), new QLabel(selection.roomTypeName, this));
    form->addRow(tr("Nights:"), new QLabel(describeNights(selection.from, selection.to), this));
    m_price = new QLineEdit(editableMoney(currentPrice, currency), this);
    form->addRow(tr("&Price per night (%1):").arg(currency), m_price);
    m_error = new QLabel(this);
    m_error->setVisible(false);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Set price"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NightPriceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

std::optional<Money> NightPriceDialog::price() const {
    const auto price = parseMoney(m_price->text().trimmed());
    if (!price || *price <= 0 || *price > limits::maxNightlyPrice || !isWholeMinorUnit(*price, m_currency))
        return std::nullopt;
    return price;
}

void NightPriceDialog::accept() {
    if (!price()) {
        m_error->setText(
            tr("Enter a price above zero and at most %1, like %2.")
                .arg(formatMoney(limits::maxNightlyPrice, m_currency),
                     editableMoney(policy::currencyDecimals(m_currency) == 0 ? 12900000 : 12900, m_currency)));
        m_error->setVisible(true);
        m_price->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace hotel
