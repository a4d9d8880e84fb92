#pragma once

// Values the monitor engine sends to other threads (by value, through queued signals).

#include "../host.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>

struct StatusTransition
{
    qint64 hostId = 0;
    QString name;
    QString address;
    HostStatus from = HostStatus::New;
    HostStatus to = HostStatus::New;
    Proof proof = Proof::None;
    QDateTime atUtc;
};

struct EngineStats
{
    double checksPerMinute = 0; // over the last minute
    int queueLength = 0; // checks due now or waiting in the queue
    int runningChecks = 0;
    int concurrencyCap = 0;
    qint64 latenessP50Ms = 0; // due -> started, over the last minute
    qint64 latenessP99Ms = 0;
    qint64 latenessMaxMs = 0;
};

Q_DECLARE_METATYPE(StatusTransition)
Q_DECLARE_METATYPE(EngineStats)
