// Fuzz target: importing the original app's database. The input is written as the legacy file;
// whatever it holds, the import must not crash, must report an error or a count, and must never
// leave a host that fails validation in the store.

#include "hostvalidator.h"
#include "store/hoststore.h"
#include "store/legacyimport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

namespace {

QCoreApplication *g_app = nullptr;
QTemporaryDir *g_dir = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    g_app = new QCoreApplication(*argc, *argv); // the SQLite driver is a plugin
    // In memory where there is a tmpfs: SQLite's syncs would otherwise dominate each run.
    g_dir = QFileInfo(QStringLiteral("/dev/shm")).isWritable()
        ? new QTemporaryDir(QStringLiteral("/dev/shm/pingtool-fuzz-XXXXXX"))
        : new QTemporaryDir;
    std::atexit([] { delete g_dir; }); // libFuzzer ends with exit(): the folder goes too
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString legacyPath = g_dir->filePath(QStringLiteral("legacy.db"));
    const QString storePath = g_dir->filePath(QStringLiteral("store.sqlite"));
    for (const QString &p : QStringList {legacyPath, storePath, storePath + QStringLiteral("-wal"),
             storePath + QStringLiteral("-shm")})
        QFile::remove(p);
    {
        QFile f(legacyPath);
        if (!f.open(QIODevice::WriteOnly))
            abort();
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    auto store = HostStore::open(storePath);
    if (!store)
        abort();
    const auto report = LegacyImport::run(*store.value(), legacyPath, LifecycleSettings {});
    if (!report && report.error().message.isEmpty())
        abort();
    const auto hosts = store.value()->listHosts();
    if (!hosts)
        abort();
    if (report && report.value().imported != hosts.value().size())
        abort();
    for (Host h : hosts.value()) {
        if (!HostValidator::validate(h).isEmpty())
            abort();
    }
    return 0;
}
