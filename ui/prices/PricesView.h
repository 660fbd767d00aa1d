#pragma once

#include "client/Backend.h"

#include <QWidget>

class QCheckBox;
class QChart;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QLineSeries;
class QPushButton;
class QSpinBox;
class QTableView;

namespace hotel {

class PriceTableModel;

// Revenue management: nightly prices (editable, bulk actions) and occupancy of one room type, with a chart bound
// to the same model, saved in one transaction.
class PricesView final : public QWidget {
    Q_OBJECT
public:
    explicit PricesView(Backend *backend, QWidget *parent = nullptr);
    PriceTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineSeries *priceSeries() const { return m_priceSeries; }

public Q_SLOTS:
    void setHotel(hotel::HotelId hotelId);
    // Shows [from, lastNight] of the room type (the grid's "Set price" action).
    void showRange(hotel::RoomTypeId roomTypeId, QDate from, QDate lastNight);
    void reload();
    void applyPercent();
    void applySetPrice();
    void save();

Q_SIGNALS:
    void loaded();
    void saved();
    void message(const QString &text);

private:
    QList<int> targetRows() const;
    bool confirmDiscard();
    void updateButtons();
    Backend *m_backend;
    HotelId m_hotelId = 0;
    quint64 m_request = 0;
    QList<RoomType> m_types;
    PriceTableModel *m_model;
    QComboBox *m_type;
    QDateEdit *m_from;
    QSpinBox *m_days;
    QTableView *m_table;
    QDoubleSpinBox *m_percent;
    QLineEdit *m_setTo;
    QCheckBox *m_weekends;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_feedback;
    QLineSeries *m_priceSeries;
    QChart *m_chart;
};

} // namespace hotel
