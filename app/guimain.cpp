#include "appsettings.h"
#include "commands.h"
#include "common/statusstyle.h"
#include "engine/monitorcontroller.h"
#include "mainwindow/controllerbinding.h"
#include "mainwindow/mainwindow.h"
#include "store/monitorlock.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

#include <memory>

// The desktop window: one monitor (MonitorLock) per database, the engine on its own thread
// behind MonitorController, the window on the GUI thread.
int runGui(const CommandLine &cl)
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app)
        return kExitFailure;
    QApplication::setWindowIcon(StatusStyle::appIcon());

    std::unique_ptr<AppSettings> settings = cl.settingsFile.isEmpty()
        ? std::make_unique<AppSettings>()
        : std::make_unique<AppSettings>(cl.settingsFile);

    const QString path = databasePathFor(cl);
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto lock = MonitorLock::acquire(path);
    if (!lock.ok()) {
        QMessageBox box(QMessageBox::Critical,
            QCoreApplication::translate("Gui", "Pingtool cannot open the database"),
            QCoreApplication::translate("Gui", "Another Pingtool is already monitoring %1.")
                .arg(QDir::toNativeSeparators(path)),
            QMessageBox::Ok);
        box.setObjectName(QStringLiteral("lockFailedBox"));
        box.setInformativeText(lock.error().message);
        box.exec();
        return kExitDatabase;
    }

    MonitorController controller;
    MainWindow window(*settings, path);
    ControllerBinding::bind(&window, &controller);

    bool started = false;
    int exitCode = kExitOk;
    QObject::connect(&controller, &MonitorController::started, app, [&started] { started = true; });
    QObject::connect(&controller, &MonitorController::failed, app, [&started, &exitCode] {
        if (!started)
            exitCode = kExitDatabase; // the window says why, then quits
    });
    QObject::connect(
        &window, &MainWindow::quitRequested, app, &QCoreApplication::quit, Qt::QueuedConnection);

    window.show();
    controller.start(path, settings->engine());
    const int rc = QApplication::exec();
    controller.stop();
    settings->sync();
    return exitCode != kExitOk ? exitCode : rc;
}
