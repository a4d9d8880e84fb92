#pragma once

// Check: one run of one kind of check against one host. Kinds today: ping with a web
// proof-of-life fallback (PingWebCheck); RouterOS REST and Omada Controller checks fit in as
// further subclasses picked by CheckFactory. A check emits finished() exactly once after
// start() unless cancel() was called first.

#include "../lifecycle.h"

#include <QObject>

class Check : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void start() = 0;
    virtual void cancel() = 0;

signals:
    void finished(const CheckOutcome &outcome);
};
