#pragma once

// Injected time and randomness: lifecycle and scheduling read these so tests can advance time
// by hand ("the fourth failed check" without waiting four minutes).

#include <QDateTime>

#include <cstdint>

class Clock
{
public:
    virtual ~Clock() = default;
    // Wall time, UTC: only for records and display.
    virtual QDateTime nowUtc() const = 0;
    // Monotonic milliseconds: for scheduling, immune to the system clock jumping.
    virtual qint64 monotonicMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
    qint64 monotonicMs() const override;
    static SystemClock *instance();
};

// A clock the test moves by hand.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC))
        : m_now(start.toUTC())
    { }
    QDateTime nowUtc() const override { return m_now; }
    qint64 monotonicMs() const override { return m_monotonicMs; }
    void advanceMs(qint64 ms)
    {
        m_now = m_now.addMSecs(ms);
        m_monotonicMs += ms;
    }
    void setNowUtc(const QDateTime &now) { m_now = now.toUTC(); } // a wall-clock jump only

private:
    QDateTime m_now;
    qint64 m_monotonicMs = 0;
};

class RandomSource
{
public:
    virtual ~RandomSource() = default;
    // Uniform in [0, bound], bound >= 0.
    virtual qint64 uniformMs(qint64 boundMs) = 0;
};

class SystemRandom final : public RandomSource
{
public:
    qint64 uniformMs(qint64 boundMs) override;
    static SystemRandom *instance();
};

// Returns values from a fixed fraction of the bound: 0.0 = never any jitter, 1.0 = always max.
class FixedRandom final : public RandomSource
{
public:
    explicit FixedRandom(double fraction)
        : m_fraction(fraction)
    { }
    qint64 uniformMs(qint64 boundMs) override { return qint64(double(boundMs) * m_fraction); }

private:
    double m_fraction;
};
