#include "ui/availability/AvailabilityGridView.h"

#include "model/InventoryGridModel.h"
#include "model/MoneyText.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>

namespace hotel {

namespace {

QColor mix(const QColor &a, const QColor &b, double amount) {
    return QColor::fromRgbF(a.redF() * (1 - amount) + b.redF() * amount,
                            a.greenF() * (1 - amount) + b.greenF() * amount,
                            a.blueF() * (1 - amount) + b.blueF() * amount);
}

bool isDark(const QPalette &palette) {
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

// Occupancy colours: calm green when there is room, amber when filling up, red when (nearly) sold out.
QColor occupancyColour(double occupancy, int available) {
    if (available <= 0)
        return QColor(214, 69, 65);
    if (occupancy >= 0.85)
        return QColor(232, 126, 4);
    if (occupancy >= 0.6)
        return QColor(241, 196, 15);
    return QColor(46, 160, 67);
}

} // namespace

QSize InventoryCellDelegate::cellSize(const QFontMetrics &metrics) {
    // Wide enough for "888/888" and "8,888.88" with a little air; derived from the font so it scales.
    const int width = std::max(metrics.horizontalAdvance(QStringLiteral("888/888")),
                               metrics.horizontalAdvance(QStringLiteral("8888.88"))) +
                      metrics.averageCharWidth() * 2;
    const int height = metrics.height() * 2 + metrics.height() / 2 + 4;
    return {width, height};
}

QSize InventoryCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const {
    return cellSize(option.fontMetrics);
}

void InventoryCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const {
    const QPalette &pal = option.palette;
    const QRect r = option.rect;
    const bool dark = isDark(pal);
    QColor background = pal.color(QPalette::Base);
    if (index.data(InventoryGridModel::WeekendRole).toBool())
        background = mix(background, pal.color(QPalette::Text), dark ? 0.10 : 0.06);

    const QVariant availableValue = index.data(InventoryGridModel::AvailableRole);
    painter->save();
    if (!availableValue.isValid()) {
        painter->fillRect(r, background);
        painter->setPen(pal.color(QPalette::PlaceholderText));
        painter->drawText(r, Qt::AlignCenter, tr("–"));
        painter->restore();
        return;
    }
    const int available = availableValue.toInt();
    const int total = index.data(InventoryGridModel::TotalRole).toInt();
    const int blocked = index.data(InventoryGridModel::BlockedRole).toInt();
    const double occupancy = index.data(InventoryGridModel::OccupancyRole).toDouble();
    const QString price = index.data(InventoryGridModel::PriceTextRole).toString();

    const QColor status = occupancyColour(occupancy, available);
    background = mix(background, status, dark ? 0.35 : 0.22);
    const bool selected = option.state & QStyle::State_Selected;
    if (selected)
        background = mix(background, pal.color(QPalette::Highlight), 0.55);
    painter->fillRect(r, background);

    // A status bar along the bottom edge shows occupancy as a proportion, readable without colour vision too.
    const int barHeight = std::max(2, r.height() / 12);
    const int barWidth = int(r.width() * std::clamp(occupancy, 0.0, 1.0));
    painter->fillRect(QRect(r.left(), r.bottom() - barHeight + 1, barWidth, barHeight), status);

    const QColor textColour = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    QFont countFont = option.font;
    countFont.setBold(true);
    const int lineHeight = option.fontMetrics.height();
    const int top = r.top() + (r.height() - barHeight - lineHeight * 2) / 2;
    painter->setFont(countFont);
    painter->setPen(textColour);
    painter->drawText(QRect(r.left(), top, r.width(), lineHeight), Qt::AlignCenter,
                      tr("%1/%2").arg(available).arg(total));
    QFont priceFont = option.font;
    painter->setFont(priceFont);
    painter->setPen(selected ? textColour : mix(textColour, background, 0.3));
    painter->drawText(QRect(r.left(), top + lineHeight, r.width(), lineHeight), Qt::AlignCenter, price);

    if (blocked > 0) {
        // A dark corner wedge: some rooms are out of sale (maintenance, group hold).
        const int s = std::max(6, r.height() / 4);
        QPainterPath wedge;
        wedge.moveTo(r.right() - s, r.top());
        wedge.lineTo(r.right() + 1, r.top());
        wedge.lineTo(r.right() + 1, r.top() + s);
        wedge.closeSubpath();
        painter->fillPath(wedge, dark ? QColor(230, 230, 230) : QColor(60, 60, 60));
    }
    if (index.data(InventoryGridModel::TodayRole).toBool()) {
        QPen pen(pal.color(QPalette::Highlight), 2);
        painter->setPen(pen);
        painter->drawLine(r.topLeft() + QPoint(1, 0), r.bottomLeft() + QPoint(1, 0));
        painter->drawLine(r.topRight(), r.bottomRight());
    }
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(pal.color(QPalette::Text), 1, Qt::DotLine));
        painter->drawRect(r.adjusted(1, 1, -2, -2));
    }
    painter->restore();
}

AvailabilityGridView::AvailabilityGridView(QWidget *parent)
    : QTableView(parent) {
    setObjectName(QStringLiteral("availabilityGrid"));
    setItemDelegate(new InventoryCellDelegate(this));
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setTabKeyNavigation(false); // Tab leaves the grid; arrows move inside it
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    horizontalHeader()->setHighlightSections(true);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    verticalHeader()->setHighlightSections(true);
    setAccessibleName(tr("Availability grid"));
    updateSectionSizes();
    connect(this, &QTableView::doubleClicked, this, [this] {
        if (currentSelection())
            Q_EMIT activatedSelection();
    });
}

void AvailabilityGridView::setGridModel(InventoryGridModel *model) {
    m_model = model;
    setModel(model);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AvailabilityGridView::selectionRangeChanged);
    connect(model, &QAbstractItemModel::dataChanged, this, [this] { updateSectionSizes(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        updateSectionSizes();
        Q_EMIT selectionRangeChanged();
    });
    updateSectionSizes();
}

void AvailabilityGridView::updateSectionSizes() {
    QSize cell = InventoryCellDelegate::cellSize(fontMetrics());
    // Prices in currencies without small units run to six digits and more (KRW, JPY): the columns widen so no
    // price is ever cut off.
    // Measured as drawn, with the currency and the locale's grouping; the widest price per room type is enough.
    int widest = 0;
    if (m_model) {
        for (const InventoryGrid &grid : m_model->grids())
            for (int row = 0; row < grid.roomTypes.size(); ++row) {
                Money most = 0;
                for (int day = 0; day < grid.days(); ++day)
                    most = std::max(most, grid.at(row, day).price);
                widest =
                    std::max(widest, fontMetrics().horizontalAdvance(formatMoney(most, grid.roomTypes[row].currency)));
            }
    }
    cell.setWidth(std::max(cell.width(), widest + fontMetrics().averageCharWidth() * 2));
    if (horizontalHeader()->defaultSectionSize() != cell.width())
        horizontalHeader()->setDefaultSectionSize(cell.width());
    horizontalHeader()->setMinimumSectionSize(cell.width() / 2);
    verticalHeader()->setDefaultSectionSize(cell.height());
    // Room type names are the frozen first column: wide enough for a typical name, never the whole screen.
    int nameWidth = fontMetrics().horizontalAdvance(QStringLiteral("Deluxe Double Room")) + 24;
    if (m_model) {
        for (int row = 0; row < std::min(m_model->rowCount(), 200); ++row)
            nameWidth = std::max(
                nameWidth, fontMetrics().horizontalAdvance(m_model->headerData(row, Qt::Vertical).toString()) + 24);
    }
    verticalHeader()->setFixedWidth(std::min(nameWidth, fontMetrics().averageCharWidth() * 40));
    horizontalHeader()->setMinimumHeight(fontMetrics().height() * 2 + 10);
}

void AvailabilityGridView::changeEvent(QEvent *event) {
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateSectionSizes();
}

std::optional<GridSelection> AvailabilityGridView::currentSelection() const {
    if (!m_model || !selectionModel())
        return std::nullopt;
    const QModelIndexList indexes = selectionModel()->selectedIndexes();
    if (indexes.isEmpty())
        return std::nullopt;
    const int row = indexes.first().row();
    int first = indexes.first().column();
    int last = first;
    for (const QModelIndex &index : indexes) {
        if (index.row() != row)
            return std::nullopt;
        first = std::min(first, index.column());
        last = std::max(last, index.column());
    }
    if (last - first + 1 != indexes.size())
        return std::nullopt;
    const RoomType *type = m_model->roomTypeAt(row);
    if (!type)
        return std::nullopt;
    GridSelection s;
    s.hotelId = type->hotelId;
    s.roomTypeId = type->id;
    s.roomTypeName = type->name;
    s.from = m_model->dateAt(first);
    s.to = m_model->dateAt(last).addDays(1);
    s.minAvailable = std::numeric_limits<int>::max();
    s.minBlocked = std::numeric_limits<int>::max();
    for (int column = first; column <= last; ++column) {
        const InventoryNight *night = m_model->nightAt(row, column);
        if (!night)
            return std::nullopt;
        s.minAvailable = std::min(s.minAvailable, night->available());
        s.minBlocked = std::min(s.minBlocked, night->blockedRooms);
        s.maxBlocked = std::max(s.maxBlocked, night->blockedRooms);
    }
    return s;
}

void AvailabilityGridView::selectNights(int row, int firstColumn, int lastColumn) {
    if (!m_model)
        return;
    const QItemSelection selection(m_model->index(row, firstColumn), m_model->index(row, lastColumn));
    selectionModel()->setCurrentIndex(m_model->index(row, firstColumn), QItemSelectionModel::NoUpdate);
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    scrollTo(m_model->index(row, firstColumn), QAbstractItemView::PositionAtCenter);
}

void AvailabilityGridView::scrollToDate(QDate date) {
    if (!m_model)
        return;
    const int column = m_model->columnOf(date);
    if (column < 0 || m_model->rowCount() == 0)
        return;
    const int row = std::max(0, currentIndex().row());
    scrollTo(m_model->index(row, column), QAbstractItemView::PositionAtTop);
    horizontalScrollBar()->setValue(columnViewportPosition(column) + horizontalOffset());
}

void AvailabilityGridView::keyPressEvent(QKeyEvent *event) {
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentSelection()) {
        Q_EMIT activatedSelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace hotel
