#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace hotel {

// A strip above the views that says plainly when the connection is lost or being restored, with a retry button.
class ConnectionBanner final : public QFrame {
    Q_OBJECT
public:
    enum class Severity { Info, Warning, Error };
    Q_ENUM(Severity)

    explicit ConnectionBanner(QWidget *parent = nullptr);

    void showMessage(Severity severity, const QString &message, bool offerRetry);
    QString message() const;
    // The technical cause (the driver's or the network's own words), a click away behind "Details".
    void setDetails(const QString &details);
    QString details() const;
    bool isShowingDetails() const;

Q_SIGNALS:
    void retryRequested();
    void dismissed(); // the clerk closed it

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_detailsButton = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_close = nullptr;
    Severity m_severity = Severity::Info;
};

} // namespace hotel
