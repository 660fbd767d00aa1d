#pragma once

#include "domain/Domain.h"

#include <QStyledItemDelegate>
#include <QTableView>
#include <optional>

namespace hotel {

class InventoryGridModel;

// Paints one night of one room type: "left/total" over the price, tinted by occupancy, weekends shaded,
// blocked rooms marked in the corner, today framed.
class InventoryCellDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    static QSize cellSize(const QFontMetrics &metrics);
};

// A run of nights selected in one row of the grid: the stay [from, to) of one room type.
struct GridSelection {
    HotelId hotelId = 0;
    RoomTypeId roomTypeId = 0;
    QString roomTypeName;
    QDate from;
    QDate to; // exclusive: the morning after the last selected night
    int minAvailable = 0;
    int maxBlocked = 0;
    int minBlocked = 0;
};

// The availability grid: room types down the (frozen) vertical header, nights across.
class AvailabilityGridView final : public QTableView {
    Q_OBJECT
public:
    explicit AvailabilityGridView(QWidget *parent = nullptr);

    void setGridModel(InventoryGridModel *model);
    InventoryGridModel *gridModel() const { return m_model; }

    // The selected nights if they lie in one row and form one run; otherwise nothing.
    std::optional<GridSelection> currentSelection() const;
    void selectNights(int row, int firstColumn, int lastColumn);
    void scrollToDate(QDate date);

Q_SIGNALS:
    void selectionRangeChanged();
    void activatedSelection(); // Enter or double click on a selection: the window offers a new booking

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateSectionSizes();

    InventoryGridModel *m_model = nullptr;
};

} // namespace hotel
