#include "clock.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

qint64 SystemClock::monotonicMs() const
{
    static const QElapsedTimer origin = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return origin.elapsed();
}

SystemClock *SystemClock::instance()
{
    static SystemClock clock;
    return &clock;
}

qint64 SystemRandom::uniformMs(qint64 boundMs)
{
    if (boundMs <= 0)
        return 0;
    return qint64(QRandomGenerator::global()->bounded(quint64(boundMs) + 1));
}

SystemRandom *SystemRandom::instance()
{
    static SystemRandom random;
    return &random;
}
