#include "mainwindow.h"

#include "alerts/alertbanner.h"
#include "alerts/alertcenter.h"
#include "alerts/trayicon.h"
#include "common/prompt.h"
#include "common/statusstyle.h"
#include "csv/csvwriter.h"
#include "dashboard/dashboardwidget.h"
#include "dashboard/dashboardwindow.h"
#include "hosts/bulkeditdialog.h"
#include "hosts/filterbar.h"
#include "hosts/hostdialog.h"
#include "hosts/hostproxymodel.h"
#include "hosts/hosttablemodel.h"
#include "importdialogs.h"
#include "importwizard.h"
#include "settings/settingsdialog.h"
#include "startpage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcWindow, "pingtool.ui.window")

namespace {
namespace UiKey {
const auto geometry = QStringLiteral("mainWindow/geometry");
const auto windowState = QStringLiteral("mainWindow/state");
const auto header = QStringLiteral("mainWindow/tableHeader");
const auto filters = QStringLiteral("mainWindow/filters");
const auto closeHintShown = QStringLiteral("mainWindow/trayHintShown");
const auto dashboardGeometry = QStringLiteral("dashboard/geometry");
const auto dashboardShowUnknown = QStringLiteral("dashboard/showUnknown");
} // namespace UiKey

constexpr qint64 kMuteSeconds = 3600;
constexpr int kChoicesRefreshMs = 2000; // distinct suppliers/types for the filter combos
} // namespace

MainWindow::MainWindow(
    AppSettings &settings, const QString &databasePath, TrayMode trayMode, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_databasePath(databasePath)
    , m_model(new HostTableModel(this))
    , m_proxy(new HostProxyModel(this))
    , m_alerts(new AlertCenter(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Pingtool"));
    setWindowIcon(StatusStyle::appIcon());
    m_proxy->setHostModel(m_model);
    m_alerts->setSettings(m_settings.alerts());

    createActions();
    createMenusAndToolBar();

    auto *central = new QWidget(this);
    m_banner = new AlertBanner(central);
    m_pages = new QStackedWidget(central);
    m_startPage = new StartPage(m_pages);
    m_pages->addWidget(m_startPage);
    m_pages->addWidget(createHostsPage());
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_engineLabel = new QLabel(tr("Starting…"), this);
    m_engineLabel->setObjectName(QStringLiteral("engineLabel"));
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, StatusStyle::colour(HostStatus::Down));
    m_errorLabel->setPalette(errorPalette);
    m_errorLabel->hide();
    statusBar()->addWidget(m_errorLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_engineLabel);

    connect(m_startPage, &StartPage::addHostRequested, this, &MainWindow::addHost);
    connect(m_startPage, &StartPage::importRequested, m_importCsv, &QAction::trigger);
    connect(m_importCsv, &QAction::changed, this,
        [this] { m_startPage->setImportEnabled(m_importCsv->isEnabled()); });
    m_startPage->setImportEnabled(m_importCsv->isEnabled());
    connect(m_banner, &AlertBanner::dashboardRequested, this, &MainWindow::showDashboard);

    connect(m_model, &HostTableModel::countsChanged, this, &MainWindow::updateCounts);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updatePage);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updatePage);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updatePage);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &MainWindow::updateShownCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateShownCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateShownCount);
    // Pause/Resume depends on the selected hosts' data; a batch may bring many ranges.
    m_actionsTimer = new QTimer(this);
    m_actionsTimer->setSingleShot(true);
    m_actionsTimer->setInterval(0);
    connect(m_actionsTimer, &QTimer::timeout, this, &MainWindow::updateActions);
    connect(m_proxy, &QAbstractItemModel::dataChanged, m_actionsTimer, qOverload<>(&QTimer::start));

    m_choicesTimer = new QTimer(this);
    m_choicesTimer->setSingleShot(true);
    m_choicesTimer->setInterval(kChoicesRefreshMs);
    connect(m_choicesTimer, &QTimer::timeout, this,
        [this] { m_filterBar->setChoices(m_model->suppliers(), m_model->types()); });
    connect(
        m_model, &HostTableModel::choicesMayHaveChanged, this, &MainWindow::scheduleChoicesUpdate);

    if (trayMode == TrayMode::Auto && TrayIcon::isAvailable()) {
        m_tray = new TrayIcon(this);
        connect(m_tray, &TrayIcon::showWindowRequested, this, &MainWindow::showFromTray);
        connect(m_tray, &TrayIcon::dashboardRequested, this, &MainWindow::showDashboard);
        connect(m_tray, &TrayIcon::quitRequested, this, &MainWindow::quit);
        connect(m_tray, &TrayIcon::muteRequested, m_mute, &QAction::setChecked);
        m_tray->show();
        // Monitoring goes on in the tray when the window closes.
        QApplication::setQuitOnLastWindowClosed(false);
    }
    connect(m_alerts, &AlertCenter::alert, this, &MainWindow::showAlert);
    connect(m_alerts, &AlertCenter::mutedChanged, this, [this](bool muted) {
        m_mute->setChecked(muted);
        if (m_tray)
            m_tray->setMuted(muted, m_alerts->mutedUntilUtc());
    });

    setAcceptDrops(true);
    updateCounts({});
    updatePage();
    updateActions();
    restoreUiState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto action = [this](const QString &objectName, const QString &text, const QString &tip) {
        auto *a = new QAction(text, this);
        a->setObjectName(objectName);
        a->setStatusTip(tip);
        addAction(a);
        return a;
    };
    auto themed = [](QAction *a, const char *name) {
        a->setIcon(QIcon::fromTheme(QString::fromLatin1(name)));
    };

    m_add = action(QStringLiteral("actionAdd"), tr("&Add host…"), tr("Add a host to monitor"));
    m_add->setShortcut(QKeySequence::New);
    themed(m_add, "list-add");
    connect(m_add, &QAction::triggered, this, &MainWindow::addHost);

    m_edit = action(QStringLiteral("actionEdit"), tr("&Edit host…"),
        tr("Edit the selected host (Enter, F2 or double-click)"));
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    themed(m_edit, "document-edit");
    connect(m_edit, &QAction::triggered, this, &MainWindow::editSelected);

    m_delete
        = action(QStringLiteral("actionDelete"), tr("&Delete…"), tr("Delete the selected hosts"));
    m_delete->setShortcut(QKeySequence::Delete);
    // Only in the table: Del in the search box deletes a character, not hosts.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    themed(m_delete, "edit-delete");
    connect(m_delete, &QAction::triggered, this, &MainWindow::deleteSelected);

    m_bulkEdit = action(QStringLiteral("actionBulkEdit"), tr("&Bulk edit…"),
        tr("Set manufacturer, supplier or type of all selected hosts"));
    m_bulkEdit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(m_bulkEdit, &QAction::triggered, this, &MainWindow::bulkEditSelected);

    m_checkNow = action(QStringLiteral("actionCheckNow"), tr("&Check now"),
        tr("Check the selected hosts now (all shown hosts when none is selected)"));
    m_checkNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    themed(m_checkNow, "view-refresh");
    connect(m_checkNow, &QAction::triggered, this, &MainWindow::checkNow);

    m_pause = action(QStringLiteral("actionPause"), tr("&Pause"),
        tr("Pause or resume monitoring of the selected hosts"));
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    themed(m_pause, "media-playback-pause");
    connect(m_pause, &QAction::triggered, this, &MainWindow::togglePauseSelected);

    m_dashboardAction = action(
        QStringLiteral("actionDashboard"), tr("&Dashboard"), tr("Show the down-hosts dashboard"));
    m_dashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_dashboardAction, &QAction::triggered, this, &MainWindow::showDashboard);

    m_wallDisplay = action(QStringLiteral("actionWallDisplay"), tr("&Wall display"),
        tr("The dashboard full screen with large type (Esc leaves)"));
    m_wallDisplay->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_wallDisplay, &QAction::triggered, this, &MainWindow::showWallDisplay);

    m_importCsv = action(
        QStringLiteral("actionImportCsv"), tr("&Import CSV…"), tr("Import hosts from a CSV file"));
    m_importCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    themed(m_importCsv, "document-import");
    connect(m_importCsv, &QAction::triggered, this, [this] { importCsv(); });
    m_exportCsv = action(QStringLiteral("actionExportCsv"), tr("E&xport CSV…"),
        tr("Export the hosts to a CSV file"));
    m_exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    themed(m_exportCsv, "document-export");
    connect(m_exportCsv, &QAction::triggered, this, &MainWindow::exportCsv);

    m_settingsAction = action(QStringLiteral("actionSettings"), tr("&Settings…"),
        tr("Checks, schedule, alerts and language"));
    // The platform's Preferences key where it has one (often none on Linux), else Ctrl+,.
    QList<QKeySequence> settingsKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (settingsKeys.isEmpty())
        settingsKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setShortcuts(settingsKeys);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    themed(m_settingsAction, "configure");
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_mute = action(QStringLiteral("actionMute"), tr("&Mute alerts for 1 hour"),
        tr("No notifications or sounds for the next hour"));
    m_mute->setCheckable(true);
    connect(m_mute, &QAction::toggled, this, [this](bool mute) {
        if (mute == m_alerts->isMuted())
            return;
        if (mute)
            m_alerts->muteFor(kMuteSeconds);
        else
            m_alerts->unmute();
    });

    m_quit = action(QStringLiteral("actionQuit"), tr("&Quit"), tr("Stop monitoring and quit"));
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &MainWindow::quit);

    m_find = action(QStringLiteral("actionFind"), tr("&Find"), tr("Search the hosts"));
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] { m_filterBar->focusSearch(); });
}

void MainWindow::createMenusAndToolBar()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_importCsv);
    file->addAction(m_exportCsv);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *hosts = menuBar()->addMenu(tr("&Hosts"));
    hosts->addAction(m_add);
    hosts->addAction(m_edit);
    hosts->addAction(m_bulkEdit);
    hosts->addAction(m_delete);
    hosts->addSeparator();
    hosts->addAction(m_checkNow);
    hosts->addAction(m_pause);
    hosts->addSeparator();
    hosts->addAction(m_find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_dashboardAction);
    view->addAction(m_wallDisplay);
    view->addSeparator();
    view->addAction(m_mute);

    QToolBar *bar = addToolBar(tr("Main toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_add);
    bar->addAction(m_edit);
    bar->addAction(m_bulkEdit);
    bar->addAction(m_delete);
    bar->addSeparator();
    bar->addAction(m_checkNow);
    bar->addAction(m_pause);
    bar->addSeparator();
    bar->addAction(m_dashboardAction);
    bar->addSeparator();
    bar->addAction(m_importCsv);
    bar->addAction(m_exportCsv);
    bar->addSeparator();
    bar->addAction(m_settingsAction);
}

QWidget *MainWindow::createHostsPage()
{
    auto *page = new QWidget(m_pages);
    m_filterBar = new FilterBar(page);
    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("hostsTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Fixed row heights: no per-row measuring, so 10,000 rows scroll smoothly.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    const QList<QPair<int, int>> widths {{HostTableModel::Name, 200},
        {HostTableModel::Address, 130}, {HostTableModel::Status, 110},
        {HostTableModel::ManufacturerColumn, 100}, {HostTableModel::Supplier, 130},
        {HostTableModel::Type, 90}, {HostTableModel::PostCode, 80}, {HostTableModel::WebUrl, 170},
        {HostTableModel::LastCheck, 145}, {HostTableModel::LastSuccess, 145},
        {HostTableModel::RoundTrip, 85}, {HostTableModel::ProvenBy, 80}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    m_table->sortByColumn(HostTableModel::Status, Qt::AscendingOrder);

    for (QAction *a : {m_edit, m_bulkEdit, m_delete, m_checkNow, m_pause})
        m_table->addAction(a);
    connect(m_table, &QAbstractItemView::activated, this, &MainWindow::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::updateActions);
    connect(m_filterBar, &FilterBar::filterChanged, this, [this](const HostFilter &f) {
        m_proxy->setFilter(f);
        updateShownCount();
    });

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);
    return page;
}

// ---- engine -> window ----------------------------------------------------------------------

void MainWindow::onStarted(const HostList &hosts)
{
    m_started = true;
    m_model->setHosts(hosts);
    m_filterBar->setChoices(m_model->suppliers(), m_model->types());
    m_engineLabel->setText(tr("Monitoring"));
    openReadStore();
    updateShownCount();
    updateActions();
}

void MainWindow::onHostAdded(const Host &host)
{
    m_model->addHost(host);
    selectIds({host.id});
    scheduleDashboardRefresh();
    updateActions();
}

void MainWindow::onHostsChanged(const HostList &hosts)
{
    m_model->updateHosts(hosts);
    scheduleDashboardRefresh();
}

void MainWindow::onHostsRemoved(const QList<qint64> &ids)
{
    m_model->removeHosts(ids);
    scheduleDashboardRefresh();
    updateActions();
}

void MainWindow::onTransitions(const QList<StatusTransition> &transitions)
{
    m_alerts->addTransitions(transitions);
}

void MainWindow::onStats(const EngineStats &stats)
{
    m_engineLabel->setText(tr("%L1 checks/min · queue %L2 · running %L3 of %L4")
                               .arg(stats.checksPerMinute, 0, 'f', 0)
                               .arg(stats.queueLength)
                               .arg(stats.runningChecks)
                               .arg(stats.concurrencyCap));
    m_engineLabel->setToolTip(tr("Start delay over the last minute: median %L1 ms, 99th "
                                 "percentile %L2 ms, longest %L3 ms")
                                  .arg(stats.latenessP50Ms)
                                  .arg(stats.latenessP99Ms)
                                  .arg(stats.latenessMaxMs));
}

void MainWindow::onFailed(const Error &error)
{
    qCWarning(lcWindow) << "engine error:" << error.message;
    if (!m_started) {
        Prompt::critical(this, tr("Pingtool cannot start monitoring"), error.message);
        quit();
        return;
    }
    m_errorLabel->setText(error.message);
    m_errorLabel->setToolTip(error.message);
    m_errorLabel->show();
}

// ---- user actions ----------------------------------------------------------------------------

QList<qint64> MainWindow::selectedIds() const
{
    return m_proxy->idsOfRows(m_table->selectionModel()->selectedRows());
}

void MainWindow::selectIds(const QList<qint64> &ids)
{
    QItemSelection selection;
    for (qint64 id : ids) {
        const int sourceRow = m_model->rowOf(id);
        if (sourceRow < 0)
            continue;
        const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
        if (proxyIndex.isValid())
            selection.select(proxyIndex, proxyIndex);
    }
    if (selection.isEmpty())
        return;
    m_table->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->selectionModel()->setCurrentIndex(
        selection.first().topLeft(), QItemSelectionModel::NoUpdate);
    m_table->scrollTo(selection.first().topLeft());
}

void MainWindow::addHost()
{
    auto *dialog = new HostDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSuggestions(m_model->suppliers(), m_model->types());
    dialog->setAddressOwner([this](const QString &address, qint64 exceptId) {
        for (const Host &h : m_model->hosts())
            if (h.id != exceptId && h.address.compare(address, Qt::CaseInsensitive) == 0)
                return h.name;
        return QString();
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Host host = dialog->host();
        statusBar()->showMessage(tr("Adding %1 and checking it now…").arg(host.name), 5000);
        emit addHostRequested(host);
    });
    dialog->open();
}

void MainWindow::editSelected()
{
    const QModelIndex current = m_table->currentIndex();
    QList<qint64> ids = selectedIds();
    if (ids.isEmpty() && current.isValid())
        ids = {current.data(HostTableModel::HostIdRole).toLongLong()};
    if (ids.size() != 1) {
        if (ids.size() > 1)
            bulkEditSelected();
        return;
    }
    const Host *host = m_model->hostById(ids.first());
    if (!host)
        return;
    auto *dialog = new HostDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSuggestions(m_model->suppliers(), m_model->types());
    dialog->setAddressOwner([this](const QString &address, qint64 exceptId) {
        for (const Host &h : m_model->hosts())
            if (h.id != exceptId && h.address.compare(address, Qt::CaseInsensitive) == 0)
                return h.name;
        return QString();
    });
    dialog->setHost(*host);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog] { emit updateHostRequested(dialog->host()); });
    dialog->open();
}

void MainWindow::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    QString question;
    if (ids.size() == 1) {
        const Host *h = m_model->hostById(ids.first());
        question = tr("Delete the host %1 (%2)?")
                       .arg(h ? h->name : QString(), h ? h->address : QString());
    } else {
        question = tr("Delete %n host(s)?", "", int(ids.size()));
    }
    const bool yes = Prompt::confirm(this, tr("Delete hosts"), question,
        tr("Their outage history is deleted with them. This cannot be undone."),
        tr("Delete %n host(s)", "", int(ids.size())));
    if (!yes)
        return;
    emit removeHostsRequested(ids);
}

void MainWindow::bulkEditSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    auto *dialog = new BulkEditDialog(int(ids.size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSuggestions(m_model->suppliers(), m_model->types());
    connect(dialog, &QDialog::accepted, this,
        [this, dialog, ids] { emit bulkUpdateRequested(ids, dialog->edit()); });
    dialog->open();
}

void MainWindow::checkNow()
{
    QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        ids = m_proxy->allIds();
    if (ids.isEmpty())
        return;
    statusBar()->showMessage(tr("Checking %n host(s) now…", "", int(ids.size())), 4000);
    emit checkNowRequested(ids);
}

void MainWindow::togglePauseSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    bool allPaused = true;
    for (qint64 id : ids)
        if (const Host *h = m_model->hostById(id); h && !h->paused)
            allPaused = false;
    emit pausedRequested(ids, !allPaused);
}

DashboardWindow *MainWindow::dashboardWindow()
{
    if (!m_dashboard) {
        m_dashboard = new DashboardWindow(this);
        const QByteArray geometry = m_settings.uiValue(UiKey::dashboardGeometry).toByteArray();
        if (!geometry.isEmpty())
            m_dashboard->restoreGeometry(geometry);
        m_dashboard->dashboard()->setShowUnknown(
            m_settings.uiValue(UiKey::dashboardShowUnknown, false).toBool());
        connect(m_dashboard->dashboard(), &DashboardWidget::showUnknownChanged, this,
            [this](bool show) { m_settings.setUiValue(UiKey::dashboardShowUnknown, show); });
        m_dashboard->dashboard()->setStore(m_readStore.get());
        if (!m_readStore)
            m_dashboard->dashboard()->setSnapshot(
                m_model->counts(), {}, QDateTime::currentDateTimeUtc());
    }
    return m_dashboard;
}

void MainWindow::showDashboard()
{
    dashboardWindow()->showAndRaise();
    m_dashboard->dashboard()->refreshNow();
}

void MainWindow::showWallDisplay()
{
    showDashboard();
    m_dashboard->setWallDisplay(true);
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        // Applies at once: the engine gets its new settings, the alerts theirs.
        m_alerts->setSettings(m_settings.alerts());
        emit engineSettingsChanged(m_settings.engine());
        statusBar()->showMessage(tr("Settings saved and applied."), 4000);
    });
    dialog->open();
}

void MainWindow::showFromTray()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::quit()
{
    if (m_quitting)
        return;
    m_quitting = true;
    m_alerts->flush();
    saveUiState();
    if (m_dashboard)
        m_dashboard->close();
    emit quitRequested();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_quitting || !m_tray) {
        quit();
        event->accept();
        return;
    }
    // With a tray, closing hides the window and monitoring goes on.
    saveUiState();
    hide();
    event->ignore();
    if (!m_settings.uiValue(UiKey::closeHintShown, false).toBool()) {
        m_settings.setUiValue(UiKey::closeHintShown, true);
        m_tray->showInformation(tr("Pingtool is still monitoring"),
            tr("Pingtool keeps watching your hosts from the system tray. Choose Quit in the tray "
               "menu to stop it."));
    }
}

QString MainWindow::droppedCsv(const QMimeData *mime) const
{
    if (!m_importCsv->isEnabled() || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().first();
    if (!url.isLocalFile()
        || !url.toLocalFile().endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        return {};
    return url.toLocalFile();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedCsv(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedCsv(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    emit csvFileDropped(path);
    importCsv(path);
}

void MainWindow::importCsv(const QString &file)
{
    if (m_importWizard) { // one import at a time
        m_importWizard->raise();
        m_importWizard->activateWindow();
        return;
    }
    auto *wizard = new ImportWizard(m_databasePath, ImportDefaults {}, this);
    wizard->setObjectName(QStringLiteral("importWizard"));
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setSettings(&m_settings);
    if (!file.isEmpty())
        wizard->setInitialFile(file);
    // The import wrote through its own connection: the engine re-reads the hosts, and its
    // hostAdded/hostsChanged signals bring the new rows here.
    connect(wizard, &ImportWizard::hostsImported, this, [this] { emit reloadRequested(); });
    m_importWizard = wizard;
    wizard->open();
}

void MainWindow::exportCsv()
{
    HostList hosts;
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    bool onlyShown = false;
    if (shown < all && shown > 0) {
        onlyShown = Prompt::confirm(this, tr("Export CSV"),
            tr("The filter shows %1 of %2 hosts. Export only the hosts shown?").arg(shown).arg(all),
            tr("Choose No to export all %1 hosts.").arg(all), tr("Export shown hosts"));
    }
    if (onlyShown) {
        for (int row = 0; row < shown; ++row)
            hosts.append(m_model->hostAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    } else {
        hosts = m_model->hosts();
    }
    const QString folder
        = m_settings
              .uiValue(QStringLiteral("export/lastFolder"),
                  QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    const QString file = ImportDialogs::saveFileName(this, tr("Export hosts"),
        QDir(folder).filePath(QStringLiteral("pingtool-hosts.csv")), tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    m_settings.setUiValue(QStringLiteral("export/lastFolder"), QFileInfo(file).absolutePath());
    if (const Status s = exportHostsCsv(hosts, file); !s.ok()) {
        Prompt::warning(this, tr("Export failed"), s.error().message);
        return;
    }
    statusBar()->showMessage(tr("Exported %n host(s) to %1.", nullptr, int(hosts.size()))
                                 .arg(QDir::toNativeSeparators(file)),
        8000);
}

// ---- presentation ----------------------------------------------------------------------------

void MainWindow::updateActions()
{
    const QList<qint64> ids = selectedIds();
    const int selected = int(ids.size());
    m_edit->setEnabled(selected == 1);
    m_delete->setEnabled(selected > 0);
    m_bulkEdit->setEnabled(selected > 0);
    m_pause->setEnabled(selected > 0);
    m_checkNow->setEnabled(m_model->rowCount() > 0);
    bool allPaused = selected > 0;
    for (qint64 id : ids)
        if (const Host *h = m_model->hostById(id); h && !h->paused)
            allPaused = false;
    m_pause->setText(allPaused ? tr("&Resume") : tr("&Pause"));
    m_pause->setIcon(QIcon::fromTheme(allPaused ? QStringLiteral("media-playback-start")
                                                : QStringLiteral("media-playback-pause")));
    m_delete->setText(selected > 1 ? tr("&Delete %n hosts…", "", selected) : tr("&Delete…"));
}

void MainWindow::updatePage()
{
    // The start page only once the engine has said the database is empty.
    const bool empty = m_started && m_model->rowCount() == 0;
    m_pages->setCurrentIndex(empty ? 0 : 1);
    updateShownCount();
}

void MainWindow::updateShownCount()
{
    m_filterBar->setShownCount(m_proxy->rowCount(), m_model->rowCount());
}

void MainWindow::updateCounts(const StatusCounts &counts)
{
    auto part = [](HostStatus status, int count) {
        return QStringLiteral("<img src=\":/icons/png/status-%1-16.png\" height=\"14\"> %2")
            .arg(statusName(status).toLower(),
                StatusStyle::countText(status, count).toHtmlEscaped());
    };
    m_countsLabel->setText(
        QStringList {part(HostStatus::Down, counts.down), part(HostStatus::Unknown, counts.unknown),
            part(HostStatus::New, counts.newCount), part(HostStatus::Up, counts.up)}
            .join(QStringLiteral("&nbsp;&nbsp;&nbsp;")));
    setWindowTitle(counts.down > 0 ? tr("Pingtool – %n down", "", counts.down) : tr("Pingtool"));
    if (m_tray)
        m_tray->setCounts(counts);
}

void MainWindow::scheduleChoicesUpdate()
{
    if (!m_choicesTimer->isActive())
        m_choicesTimer->start();
}

void MainWindow::scheduleDashboardRefresh()
{
    if (m_dashboard && m_dashboard->isVisible())
        m_dashboard->dashboard()->requestRefresh();
}

void MainWindow::openReadStore()
{
    if (m_readStore || m_databasePath.isEmpty())
        return;
    HostStore::Options options;
    options.readOnly = true;
    auto store = HostStore::open(m_databasePath, options);
    if (!store.ok()) {
        qCWarning(lcWindow) << "dashboard cannot open the database:" << store.error().message;
        return;
    }
    m_readStore = std::move(store.value());
    if (m_dashboard)
        m_dashboard->dashboard()->setStore(m_readStore.get());
}

void MainWindow::showAlert(const AlertMessage &message)
{
    if (m_tray)
        m_tray->showAlert(message);
    else
        m_banner->showAlert(message);
}

void MainWindow::saveUiState()
{
    m_settings.setUiValue(UiKey::geometry, saveGeometry());
    m_settings.setUiValue(UiKey::windowState, saveState());
    m_settings.setUiValue(UiKey::header, m_table->horizontalHeader()->saveState());
    m_settings.setUiValue(UiKey::filters, m_filterBar->saveState());
    if (m_dashboard && !m_dashboard->isWallDisplay())
        m_settings.setUiValue(UiKey::dashboardGeometry, m_dashboard->saveGeometry());
    m_settings.sync();
}

void MainWindow::restoreUiState()
{
    const QByteArray geometry = m_settings.uiValue(UiKey::geometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QRect screen = QGuiApplication::primaryScreen()
            ? QGuiApplication::primaryScreen()->availableGeometry()
            : QRect(0, 0, 1600, 1000);
        resize(std::min(1420, screen.width() * 9 / 10), std::min(820, screen.height() * 9 / 10));
    }
    restoreState(m_settings.uiValue(UiKey::windowState).toByteArray());
    QHeaderView *header = m_table->horizontalHeader();
    if (header->restoreState(m_settings.uiValue(UiKey::header).toByteArray()))
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_filterBar->restoreState(m_settings.uiValue(UiKey::filters).toMap());
}
