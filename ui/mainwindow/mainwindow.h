#pragma once

// MainWindow: the hosts window. It shows what the engine reports (slots named on*) and asks the
// engine for changes through request signals; app/ connects both to a MonitorController
// (bindController), so the window itself never blocks on the engine and tests can drive it
// without one.

#include "appsettings.h"
#include "engine/enginetypes.h"
#include "result.h"
#include "store/hoststore.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class AlertBanner;
class AlertCenter;
class DashboardWindow;
class FilterBar;
class HostProxyModel;
class HostTableModel;
class QLabel;
class QStackedWidget;
class QTableView;
class StartPage;
class TrayIcon;
struct AlertMessage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class TrayMode { Auto, Off }; // Off: in-window alerts and closing quits (tests, no tray)

    MainWindow(AppSettings &settings, const QString &databasePath,
        TrayMode trayMode = TrayMode::Auto, QWidget *parent = nullptr);
    ~MainWindow() override;

    HostTableModel *hostModel() const { return m_model; }
    HostProxyModel *proxyModel() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    AlertCenter *alertCenter() const { return m_alerts; }
    AlertBanner *alertBanner() const { return m_banner; }
    DashboardWindow *dashboardWindow(); // created on first use
    bool hasTray() const { return m_tray != nullptr; }

    // Import opens the CSV import wizard; export writes all hosts or those the filter shows.
    QAction *importCsvAction() const { return m_importCsv; }
    QAction *exportCsvAction() const { return m_exportCsv; }

    QList<qint64> selectedIds() const;
    void selectIds(const QList<qint64> &ids);

public slots:
    void onStarted(const HostList &hosts);
    void onHostAdded(const Host &host);
    void onHostsChanged(const HostList &hosts);
    void onHostsRemoved(const QList<qint64> &ids);
    void onTransitions(const QList<StatusTransition> &transitions);
    void onStats(const EngineStats &stats);
    void onFailed(const Error &error);

    void addHost();
    void editSelected();
    void deleteSelected();
    void bulkEditSelected();
    void checkNow();
    void togglePauseSelected();
    void showDashboard();
    void showWallDisplay();
    void showSettings();
    void showFromTray();
    void quit();
    void importCsv(const QString &file = {}); // the import wizard, optionally on a dropped file
    void exportCsv(); // all hosts, or those the filter shows

signals:
    void addHostRequested(const Host &host);
    void updateHostRequested(const Host &host);
    void removeHostsRequested(const QList<qint64> &ids);
    void bulkUpdateRequested(const QList<qint64> &ids, const BulkEdit &edit);
    void pausedRequested(const QList<qint64> &ids, bool paused);
    void checkNowRequested(const QList<qint64> &ids);
    void engineSettingsChanged(const EngineSettings &settings);
    void quitRequested();
    // Hosts were written by another connection (the import wizard): the engine re-reads them.
    void reloadRequested();
    // A .csv file was dropped on the window (only while Import CSV is enabled).
    void csvFileDropped(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenusAndToolBar();
    QWidget *createHostsPage();
    void updateActions();
    void updatePage();
    void updateCounts(const StatusCounts &counts);
    void updateShownCount();
    void scheduleChoicesUpdate();
    void scheduleDashboardRefresh();
    void openReadStore();
    void showAlert(const AlertMessage &message);
    void saveUiState();
    void restoreUiState();
    QString droppedCsv(const class QMimeData *mime) const;

    AppSettings &m_settings;
    QString m_databasePath;
    HostTableModel *m_model = nullptr;
    HostProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    FilterBar *m_filterBar = nullptr;
    StartPage *m_startPage = nullptr;
    QStackedWidget *m_pages = nullptr;
    AlertBanner *m_banner = nullptr;
    AlertCenter *m_alerts = nullptr;
    TrayIcon *m_tray = nullptr;
    DashboardWindow *m_dashboard = nullptr;
    std::unique_ptr<HostStore> m_readStore;
    class QTimer *m_choicesTimer = nullptr;
    class QTimer *m_actionsTimer = nullptr;

    QLabel *m_countsLabel = nullptr;
    QLabel *m_engineLabel = nullptr;
    QLabel *m_errorLabel = nullptr;

    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_bulkEdit = nullptr;
    QAction *m_checkNow = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_dashboardAction = nullptr;
    QAction *m_wallDisplay = nullptr;
    QAction *m_importCsv = nullptr;
    QAction *m_exportCsv = nullptr;
    QPointer<QWidget> m_importWizard;
    QAction *m_settingsAction = nullptr;
    QAction *m_mute = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_find = nullptr;

    bool m_started = false;
    bool m_quitting = false;
};
