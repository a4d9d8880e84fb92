#include "alertsound.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>

#ifdef PINGTOOL_HAVE_MULTIMEDIA
#include <QSoundEffect>
#endif

Q_LOGGING_CATEGORY(lcSound, "pingtool.ui.sound")

namespace {
const auto kSoundResource = QStringLiteral(":/sounds/alert.wav");
}

AlertSound::AlertSound(QObject *parent)
    : QObject(parent)
{
#ifdef PINGTOOL_HAVE_MULTIMEDIA
    m_effect = new QSoundEffect(this);
    m_effect->setSource(QUrl(QStringLiteral("qrc:/sounds/alert.wav")));
    m_effect->setVolume(0.8f);
#else
    for (const QString &program :
        {QStringLiteral("paplay"), QStringLiteral("pw-play"), QStringLiteral("aplay")}) {
        m_player = QStandardPaths::findExecutable(program);
        if (!m_player.isEmpty())
            break;
    }
#endif
}

AlertSound::~AlertSound() = default;

QString AlertSound::backendName() const
{
    if (m_effect)
        return QStringLiteral("QSoundEffect");
    if (!m_player.isEmpty())
        return QFileInfo(m_player).fileName();
    return QStringLiteral("beep");
}

void AlertSound::play()
{
#ifdef PINGTOOL_HAVE_MULTIMEDIA
    if (m_effect) {
        m_effect->play();
        return;
    }
#endif
    if (m_player.isEmpty()) {
        QApplication::beep();
        return;
    }
    if (!m_wavCopy) {
        // External players need a file; copy the embedded WAV once.
        m_wavCopy = new QTemporaryFile(
            QDir::tempPath() + QStringLiteral("/pingtool-alert-XXXXXX.wav"), this);
        QFile source(kSoundResource);
        if (!m_wavCopy->open() || !source.open(QIODevice::ReadOnly)
            || m_wavCopy->write(source.readAll()) <= 0 || !m_wavCopy->flush()) {
            qCWarning(lcSound) << "cannot prepare the alert sound; beeping instead";
            m_player.clear();
            QApplication::beep();
            return;
        }
    }
    auto *process = new QProcess(this);
    process->setProgram(m_player);
    process->setArguments({m_wavCopy->fileName()});
    process->setStandardOutputFile(QProcess::nullDevice());
    process->setStandardErrorFile(QProcess::nullDevice());
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    connect(process, &QProcess::errorOccurred, process, [process](QProcess::ProcessError) {
        qCDebug(lcSound) << "alert sound player failed:" << process->errorString();
        process->deleteLater();
    });
    process->start();
}
