#pragma once

// DownHostCard: one Down (or Unknown) host on the dashboard: who, where, how long, and its
// recent outages. The "down for" line ticks without a new query.

#include "store/hoststore.h"

#include <QFrame>

class QLabel;

class DownHostCard : public QFrame
{
    Q_OBJECT

public:
    explicit DownHostCard(QWidget *parent = nullptr);

    // downSinceUtc: when the host was last seen alive (invalid for Unknown hosts).
    void setRow(const DownHostRow &row, const QDateTime &downSinceUtc, const QDateTime &nowUtc);
    void tick(const QDateTime &nowUtc);
    void setScale(double scale);

    qint64 hostId() const { return m_hostId; }
    QString downForText() const;

private:
    qint64 m_hostId = 0;
    QDateTime m_downSinceUtc;
    bool m_unknown = false;
    QLabel *m_name = nullptr;
    QLabel *m_icon = nullptr;
    QLabel *m_downFor = nullptr;
    QLabel *m_where = nullptr;
    QLabel *m_lastSuccess = nullptr;
    QLabel *m_outages = nullptr;
    QLabel *m_recent = nullptr;
    double m_scale = 1.0;
};
