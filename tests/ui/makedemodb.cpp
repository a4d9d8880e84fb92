// make_demo_db <database> [count] [--fake-ping FILE]: a database of demo hosts on loopback
// addresses, for looking at the window (screenshots) and for the smoke test. With --fake-ping,
// also writes a ping wrapper that fails the demo's Down and Unknown hosts and runs the real ping
// (on loopback) for the others, so a running monitor keeps them as they are.
#include "demodata.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace {

bool writeFakePing(const QString &path, int count)
{
    QStringList failing;
    for (int i = 0; i < count; ++i)
        if (DemoData::isDown(i) || (DemoData::isUnknown(i) && !DemoData::isNew(i)))
            failing.append(DemoData::demoHost(i).address);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QString script = QStringLiteral(
        "#!/bin/sh\n"
        "# Demo ping: the demo's Down and Unknown hosts never answer; the others are pinged for\n"
        "# real (they are all on loopback).\n"
        "for a; do addr=$a; done\n"
        "case \"$addr\" in\n"
        "%1)\n"
        "    sleep 1\n"
        "    printf 'PING %s (%s) 56(84) bytes of data.\\n\\n--- %s ping statistics ---\\n' "
        "\"$addr\" \"$addr\" \"$addr\"\n"
        "    printf '4 packets transmitted, 0 received, 100%% packet loss, time 3004ms\\n'\n"
        "    exit 1 ;;\n"
        "esac\n"
        "exec ping \"$@\"\n")
                               .arg(
                                   failing.isEmpty() ? QStringLiteral("none") : failing.join(u'|'));
    file.write(script.toUtf8());
    file.close();
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
        | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::ExeOther);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    QString fakePing;
    if (const int at = int(args.indexOf(QStringLiteral("--fake-ping")));
        at > 0 && at + 1 < args.size()) {
        fakePing = args.at(at + 1);
        args.remove(at, 2);
    }
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: make_demo_db <database> [count] [--fake-ping FILE]\n";
        return 2;
    }
    const int count = args.size() > 2 ? args.at(2).toInt() : 300;
    if (!fakePing.isEmpty() && !writeFakePing(fakePing, count)) {
        QTextStream(stderr) << "cannot write " << fakePing << "\n";
        return 1;
    }
    auto store = HostStore::open(args.at(1));
    if (!store.ok()) {
        QTextStream(stderr) << store.error().message << "\n";
        return 3;
    }
    const Status s = DemoData::fill(*store.value(), count, QDateTime::currentDateTimeUtc());
    if (!s.ok()) {
        QTextStream(stderr) << s.error().message << "\n";
        return 1;
    }
    return 0;
}
