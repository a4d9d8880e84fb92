#include "controllerbinding.h"

#include "engine/monitorcontroller.h"
#include "mainwindow.h"
#include "store/hoststore.h"

namespace ControllerBinding {

void bind(MainWindow *window, MonitorController *controller)
{
    QObject::connect(controller, &MonitorController::started, window, &MainWindow::onStarted);
    QObject::connect(controller, &MonitorController::failed, window, &MainWindow::onFailed);
    QObject::connect(controller, &MonitorController::hostAdded, window, &MainWindow::onHostAdded);
    QObject::connect(
        controller, &MonitorController::hostsChanged, window, &MainWindow::onHostsChanged);
    QObject::connect(
        controller, &MonitorController::hostsRemoved, window, &MainWindow::onHostsRemoved);
    QObject::connect(
        controller, &MonitorController::transitions, window, &MainWindow::onTransitions);
    QObject::connect(controller, &MonitorController::statsChanged, window, &MainWindow::onStats);

    QObject::connect(
        window, &MainWindow::addHostRequested, controller, &MonitorController::addHost);
    QObject::connect(
        window, &MainWindow::updateHostRequested, controller, &MonitorController::updateHost);
    QObject::connect(
        window, &MainWindow::removeHostsRequested, controller, &MonitorController::removeHosts);
    QObject::connect(
        window, &MainWindow::bulkUpdateRequested, controller, &MonitorController::bulkUpdate);
    QObject::connect(
        window, &MainWindow::pausedRequested, controller, &MonitorController::setPaused);
    QObject::connect(
        window, &MainWindow::checkNowRequested, controller, &MonitorController::checkNow);
    QObject::connect(
        window, &MainWindow::engineSettingsChanged, controller, &MonitorController::applySettings);
    QObject::connect(
        window, &MainWindow::reloadRequested, controller, &MonitorController::reloadHosts);
}

} // namespace ControllerBinding
