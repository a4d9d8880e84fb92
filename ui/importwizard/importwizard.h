#pragma once

// ImportWizard: Source -> Format -> Columns -> Defaults -> Review -> Import -> Summary. The
// reading and planning live in core (CsvReader, ImportPlan); the wizard shows them and applies
// the plan on a worker thread with its own database connection.

#include "csv/importdefaults.h"
#include "importsession.h"

#include <QList>
#include <QWizard>

class AppSettings;

class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        SourcePageId,
        FormatPageId,
        ColumnsPageId,
        DefaultsPageId,
        ReviewPageId,
        ImportPageId,
        SummaryPageId
    };

    ImportWizard(
        const QString &databasePath, const ImportDefaults &defaults, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Where the last folder and column mapping are remembered; without it, the user's settings.
    // Not owned.
    void setSettings(AppSettings *settings);
    AppSettings *settings();

    // Starts with this file chosen (a .csv dropped on the hosts window or on the wizard).
    void setInitialFile(const QString &file);

    ImportSession &session() { return m_session; }

    static constexpr const char *kLastFolderKey = "importWizard/lastFolder";
    static constexpr const char *kMappingKey = "importWizard/mapping";

signals:
    // After a successful import, with the ids of the hosts added and changed.
    void hostsImported(const QList<qint64> &newIds, const QList<qint64> &updatedIds);

public slots:
    void reject() override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    ImportSession m_session;
    AppSettings *m_settings = nullptr;
    AppSettings *m_ownSettings = nullptr;
    class SourcePage *m_sourcePage = nullptr;
    class ImportPage *m_importPage = nullptr;
};
