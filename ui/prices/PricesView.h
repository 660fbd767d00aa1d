#pragma once

#include "client/Backend.h"
#include "ui/common/PortalPage.h"
#include "ui/common/RequestTracker.h"

#include <QAbstractItemView>

class QCategoryAxis;
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
class QValueAxis;

namespace hotel {

class PriceTableModel;

// Revenue management: nightly prices (editable, bulk actions) and occupancy of one room type, with a chart bound
// to the same model, saved in one transaction.
class PricesView final : public PortalPage {
    Q_OBJECT
public:
    explicit PricesView(Backend *backend, QWidget *parent = nullptr);
    QWidget *defaultFocusWidget() const override;
    PriceTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineSeries *priceSeries() const { return m_priceSeries; }
    QCategoryAxis *nightAxis() const { return m_nightAxis; }
    QValueAxis *priceAxis() const { return m_priceAxis; }
    QDate fromDate() const;

public Q_SLOTS:
    void setHotel(hotel::HotelId hotelId) override;
    // Shows [from, lastNight] of the room type (the grid's "Set price" action).
    void showRange(hotel::RoomTypeId roomTypeId, QDate from, QDate lastNight);
    void reload() override;
    void applyPercent();
    void applySetPrice();
    void save();

Q_SIGNALS:
    void loaded();
    void saved();

private:
    QList<int> targetRows() const;
    bool confirmDiscard();
    // Zero or far from the usual price: asks, naming the nights and the amounts, before anything is sent.
    bool confirmUnusualPrices();
    void typeChosen();
    void rescaleChart();
    void updateButtons();
    bool mayEdit() const;
    void applyPermission();
    Backend *m_backend;
    HotelId m_hotelId = 0;
    bool m_fromChosen = false;     // the clerk or the grid chose the first night: the hotel's today no longer applies
    RequestTracker m_requests;     // the nights' prices
    RequestTracker m_typeRequests; // the hotel's room types
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
    QCategoryAxis *m_nightAxis;
    QValueAxis *m_priceAxis;
    QList<QWidget *> m_editors; // the bulk actions, enabled only for who may change prices
    QAbstractItemView::EditTriggers m_editTriggers;
};

} // namespace hotel
