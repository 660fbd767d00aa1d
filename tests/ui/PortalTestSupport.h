#pragma once

#include "MemoryBackend.h"
#include "model/HotelListModel.h"
#include "model/InventoryGridModel.h"
#include "ui/availability/AvailabilityGridView.h"
#include "ui/availability/AvailabilityPage.h"
#include "ui/frame/MainWindow.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

namespace hotel::test {

inline User makeUser(Role role, const QString &email = QStringLiteral("staff@hotel.example")) {
    User u;
    u.id = 1;
    u.email = email;
    u.name = QStringLiteral("Mina Park");
    u.role = role;
    return u;
}

// Saves a screenshot of `widget` under the build folder; the suffix tells the scale / palette variants apart.
inline QString saveShot(QWidget *widget, const QString &name) {
    const QString dir = QStringLiteral(HOTEL_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    const QString path =
        dir + QLatin1Char('/') + name + qEnvironmentVariable("HOTEL_SHOT_SUFFIX") + QStringLiteral(".png");
    EXPECT_TRUE(widget->grab().save(path)) << path.toStdString();
    return path;
}

// A main window signed in to a MemoryBackend with two hotels, its grid loaded.
struct PortalFixture {
    MainWindow window{BackendFactory{}, nullptr};
    MemoryBackend *backend = new MemoryBackend;

    explicit PortalFixture(Role role = Role::Admin, int hotels = 2, int roomTypes = 5) {
        backend->seed(hotels, roomTypes);
        backend->addUser(makeUser(role), QStringLiteral("secret"));
        ConnectionSettings settings;
        settings.kind = Backend::Kind::Demo;
        settings.email = QStringLiteral("staff@hotel.example");
        settings.password = QStringLiteral("secret");
        window.resize(1280, 800);
        window.show();
        window.useBackend(backend, settings);
    }
    bool waitForGrid() {
        return QTest::qWaitFor(
            [this] {
                return !window.availability()->isGridLoading() && window.availability()->gridModel()->rowCount() > 0;
            },
            5000);
    }
    InventoryGridModel *model() const { return window.availability()->gridModel(); }
    AvailabilityGridView *grid() const { return window.availability()->grid(); }
    int available(int row, int column) const {
        return model()->index(row, column).data(InventoryGridModel::AvailableRole).toInt();
    }
    int blocked(int row, int column) const {
        return model()->index(row, column).data(InventoryGridModel::BlockedRole).toInt();
    }
};

template <typename T> T *waitForChild(QWidget *parent) {
    T *child = nullptr;
    const bool found =
        QTest::qWaitFor([&] { return (child = parent->findChild<T *>()) != nullptr && child->isVisible(); }, 5000);
    return found ? child : nullptr;
}

} // namespace hotel::test
