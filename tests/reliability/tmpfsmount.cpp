#include "tmpfsmount.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

void TmpfsMount::enterPrivateMountNamespace()
{
    if (::unshare(CLONE_NEWNS) == 0)
        ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr);
}

TmpfsMount::~TmpfsMount()
{
    unmount();
}

bool TmpfsMount::mount(const QString &dir, qint64 sizeBytes)
{
    QDir().mkpath(dir);
    const QByteArray options = "size=" + QByteArray::number(sizeBytes) + ",mode=0700";
    if (::mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
            options.constData())
        != 0) {
        m_why = QStringLiteral("mounting a tmpfs is not permitted here (%1); run as root with "
                               "CAP_SYS_ADMIN to test a full disk")
                    .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_dir = dir;
    return true;
}

void TmpfsMount::unmount()
{
    if (m_dir.isEmpty())
        return;
    // Lazy: a file still open somewhere (a killed child's) never keeps the mount alive.
    ::umount2(QFile::encodeName(m_dir).constData(), MNT_DETACH);
    m_dir.clear();
}

QString TmpfsMount::fill(const QString &name) const
{
    const QString path = QDir(m_dir).filePath(name);
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return path;
    static const QByteArray block(4096, 'x');
    while (::write(fd, block.constData(), size_t(block.size())) > 0) { }
    // The last partial page too, so not even one more byte fits.
    while (::write(fd, block.constData(), 1) > 0) { }
    ::close(fd);
    return path;
}
