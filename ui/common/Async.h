#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <concepts>
#include <type_traits>
#include <utility>

namespace hotel {

// Continuations for backend futures that may outlive the widget that asked (a dialog closed, a window switching
// connections). Qt 6.4's QFuture::then(context, f) asserts when `context` is destroyed before the future
// finishes (a Q_ASSERT compiled into our Debug builds), so the context is the application object, which outlives
// every request, and the receiver is checked through a QPointer before `f` runs on the GUI thread:
//
//     m_backend->inventory(...).then(qApp, guarded(this, [this](const Result<InventoryGrid> &r) { ... }));
template <typename F> auto guarded(QObject *receiver, F &&f) {
    // Constrained, so QFuture::then can still tell a continuation taking the value from one taking the future.
    return [ guard = QPointer<QObject>(receiver), f = std::forward<F>(f) ]<typename... Args>(
               Args && ...args) mutable requires std::invocable < std::decay_t<F>
    &, Args... > {
        if (guard)
            f(std::forward<Args>(args)...);
    };
}

} // namespace hotel
