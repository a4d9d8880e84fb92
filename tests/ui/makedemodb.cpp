// make_demo_db <database> [count]: a database of demo hosts on loopback addresses, for looking
// at the window (screenshots) and for the smoke test.
#include "demodata.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: make_demo_db <database> [count]\n";
        return 2;
    }
    const int count = args.size() > 2 ? args.at(2).toInt() : 300;
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
