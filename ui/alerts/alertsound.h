#pragma once

// AlertSound: plays the embedded alert sound. Qt Multimedia is optional (not every system has
// it): with it, QSoundEffect; without, the first of paplay / pw-play / aplay found on PATH plays
// a copy of the WAV; with none of them, QApplication::beep().

#include <QObject>

class QTemporaryFile;
class QSoundEffect;

class AlertSound : public QObject
{
    Q_OBJECT

public:
    explicit AlertSound(QObject *parent = nullptr);
    ~AlertSound() override;

    void play();
    QString backendName() const; // "QSoundEffect", "aplay", ... or "beep"

private:
    QString m_player; // external player program, if used
    QTemporaryFile *m_wavCopy = nullptr;
    QSoundEffect *m_effect = nullptr;
};
