#include "importwizard.h"

#include "appsettings.h"
#include "columnspage.h"
#include "defaultspage.h"
#include "formatpage.h"
#include "importpage.h"
#include "reviewpage.h"
#include "sourcepage.h"
#include "summarypage.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>

namespace {

QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().first();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

} // namespace

ImportWizard::ImportWizard(
    const QString &databasePath, const ImportDefaults &defaults, QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import hosts"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setAcceptDrops(true);
    m_session.databasePath = databasePath;
    m_session.defaults = defaults;

    m_sourcePage = new SourcePage(this);
    m_importPage = new ImportPage(this);
    setPage(SourcePageId, m_sourcePage);
    setPage(FormatPageId, new FormatPage(this));
    setPage(ColumnsPageId, new ColumnsPage(this));
    setPage(DefaultsPageId, new DefaultsPage(this));
    setPage(ReviewPageId, new ReviewPage(this));
    setPage(ImportPageId, m_importPage);
    setPage(SummaryPageId, new SummaryPage(this, m_importPage));
    const QList<int> ids = pageIds();
    for (int id : ids)
        page(id)->setObjectName(QStringLiteral("importPage%1").arg(id));
}

ImportWizard::~ImportWizard()
{
    delete m_ownSettings;
}

void ImportWizard::setSettings(AppSettings *settings)
{
    m_settings = settings;
}

AppSettings *ImportWizard::settings()
{
    if (m_settings)
        return m_settings;
    if (!m_ownSettings)
        m_ownSettings = new AppSettings;
    return m_ownSettings;
}

void ImportWizard::setInitialFile(const QString &file)
{
    if (currentId() != SourcePageId && currentId() != -1)
        return;
    m_sourcePage->setFile(file);
}

void ImportWizard::reject()
{
    // Closing during the import cancels it (everything rolls back); the summary then says so.
    if (m_importPage->isRunning()) {
        m_importPage->cancel();
        return;
    }
    QWizard::reject();
}

void ImportWizard::dragEnterEvent(QDragEnterEvent *event)
{
    if ((currentId() == SourcePageId || currentId() == -1)
        && !droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportWizard::dropEvent(QDropEvent *event)
{
    const QString file = droppedFile(event->mimeData());
    if (file.isEmpty())
        return;
    setInitialFile(file);
    event->acceptProposedAction();
}
