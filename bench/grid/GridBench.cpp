// Times the availability grid the way a clerk meets it: the model filled with 200 room types x 365 nights, the
// view created, shown and painted for the first time; then one scroll step (one column across, one wheel notch
// down) repainted. Prints the median, minimum and maximum over repeated runs.
//
//   QT_QPA_PLATFORM=offscreen ./hotel_grid_bench [--runs N] [--width W --height H]
#include "model/InventoryGridModel.h"
#include "ui/availability/AvailabilityGridView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyleFactory>
#include <algorithm>
#include <cstdio>

using namespace hotel;

namespace {

InventoryGrid makeGrid(int roomTypes, int days) {
    InventoryGrid grid;
    grid.hotelId = 1;
    grid.from = QDate::currentDate();
    grid.to = grid.from.addDays(days);
    grid.roomTypes.reserve(roomTypes);
    grid.nights.reserve(qsizetype(roomTypes) * days);
    for (int r = 0; r < roomTypes; ++r) {
        RoomType t;
        t.id = r + 1;
        t.hotelId = 1;
        t.name = QStringLiteral("Room type %1").arg(r + 1);
        t.totalRooms = 5 + r % 40;
        grid.roomTypes.append(t);
    }
    for (int r = 0; r < roomTypes; ++r)
        for (int d = 0; d < days; ++d) {
            InventoryNight n;
            n.roomTypeId = r + 1;
            n.date = grid.from.addDays(d);
            n.totalRooms = 5 + r % 40;
            n.bookedRooms = (r * 7 + d * 3) % (n.totalRooms + 1);
            n.blockedRooms = (r + d) % 17 == 0 ? 1 : 0;
            if (n.bookedRooms + n.blockedRooms > n.totalRooms)
                n.blockedRooms = 0;
            n.price = 9900 + (r % 9) * 1000 + (d % 7 >= 5 ? 2000 : 0);
            grid.nights.append(n);
        }
    return grid;
}

struct Stats {
    double median, min, max;
};

Stats stats(QList<double> v) {
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    const double median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    return {median, v.first(), v.last()};
}

double ms(const QElapsedTimer &t) {
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    int runs = 15, width = 1600, height = 1000;
    const QStringList args = QApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs"))
            runs = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--width"))
            width = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--height"))
            height = args[i + 1].toInt();
    }
    const int roomTypes = 200, days = 365;
    const InventoryGrid grid = makeGrid(roomTypes, days); // what the backend hands over; not timed

    QColor paintedCheck;
    QList<double> firstFrame, setGridOnly, scrollRight, scrollDown, reload;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto *model = new InventoryGridModel;
        model->setToday(grid.from);
        model->setGrid(grid);
        const double modelMs = ms(timer);
        auto *view = new AvailabilityGridView;
        view->setGridModel(model);
        view->resize(width, height);
        view->show();
        // The first frame: everything visible rendered (grab paints the view and its headers synchronously).
        const QImage frame = view->grab().toImage();
        firstFrame.append(ms(timer));
        if (run == 0)
            paintedCheck =
                frame.pixelColor(view->visualRect(model->index(0, 0)).center() +
                                 QPoint(view->verticalHeader()->width(), view->horizontalHeader()->height()));
        setGridOnly.append(modelMs);

        // One step right: one night across (the arrow on the scroll bar / a horizontal wheel notch).
        QScrollBar *h = view->horizontalScrollBar();
        timer.restart();
        h->setValue(h->value() + view->horizontalHeader()->defaultSectionSize());
        // Upper bound: the whole viewport is rendered, where Qt itself would blit and paint only the new strip.
        (void)view->viewport()->grab();
        scrollRight.append(ms(timer));

        // One wheel notch down: three rows.
        QScrollBar *v = view->verticalScrollBar();
        timer.restart();
        v->setValue(v->value() + 3 * view->verticalHeader()->defaultSectionSize());
        (void)view->viewport()->grab();
        scrollDown.append(ms(timer));

        // A reload after a booking elsewhere: same shape, new counts, repainted.
        InventoryGrid changed = grid;
        changed.nights[0].bookedRooms = 0;
        timer.restart();
        model->setGrid(changed);
        (void)view->viewport()->grab();
        reload.append(ms(timer));

        delete view;
        delete model;
        QCoreApplication::processEvents();
    }
    std::printf("grid %d room types x %d nights, viewport %dx%d, platform %s, %d runs\n", roomTypes, days, width,
                height, qPrintable(QGuiApplication::platformName()), runs);
    // A painted cell is tinted, never the plain white of an empty viewport: proof the timings include painting.
    std::printf("first cell painted colour %s\n", qPrintable(paintedCheck.name()));
    auto print = [](const char *name, const QList<double> &v, double budget) {
        const Stats s = stats(v);
        std::printf("%-34s median %8.2f ms  min %8.2f  max %8.2f  budget %6.1f ms  %s\n", name, s.median, s.min, s.max,
                    budget, s.median < budget ? "OK" : "OVER");
    };
    print("model setGrid (73,000 nights)", setGridOnly, 150);
    print("model + view + first frame", firstFrame, 150);
    print("scroll one night right + repaint", scrollRight, 16);
    print("scroll one wheel notch + repaint", scrollDown, 16);
    print("reload same shape + repaint", reload, 16);
    return 0;
}
