#pragma once

// A small tmpfs the test mounts itself, to fill a disk on purpose. Mounted in a private mount
// namespace when the process may make one (so it disappears with the test process even if the
// test crashes), and always unmounted by the destructor.

#include <QString>

class TmpfsMount
{
public:
    // Call first thing (before any thread starts): moves this process into its own mount
    // namespace where permitted. Children (pingtool) inherit it.
    static void enterPrivateMountNamespace();

    TmpfsMount() = default;
    ~TmpfsMount();
    TmpfsMount(const TmpfsMount &) = delete;
    TmpfsMount &operator=(const TmpfsMount &) = delete;

    // Mounts a tmpfs of sizeBytes at dir (created if needed). False, with why(), when the
    // system does not permit mounting.
    bool mount(const QString &dir, qint64 sizeBytes);
    void unmount();
    QString why() const { return m_why; }
    // Writes a file until the file system is full; returns its path.
    QString fill(const QString &name) const;

private:
    QString m_dir;
    QString m_why;
};
