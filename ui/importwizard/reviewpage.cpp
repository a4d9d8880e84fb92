#include "reviewpage.h"

#include "appsettings.h"
#include "importdialogs.h"
#include "importwizard.h"
#include "store/hoststore.h"

#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

ReviewPage::ReviewPage(ImportWizard *wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Review the import"));
    setSubTitle(tr("Nothing has been changed yet."));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("reviewCountsLabel"));
    m_counts->setWordWrap(true);
    m_skip = new QRadioButton(tr("&Skip rows whose address is already stored"), this);
    m_skip->setObjectName(QStringLiteral("skipDuplicatesRadio"));
    m_update = new QRadioButton(tr("&Update stored hosts with the row's fields"), this);
    m_update->setObjectName(QStringLiteral("updateDuplicatesRadio"));
    m_skip->setChecked(true);
    m_rejected = new QTableWidget(0, 3, this);
    m_rejected->setObjectName(QStringLiteral("rejectedTable"));
    m_rejected->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Reason")});
    m_rejected->horizontalHeader()->setStretchLastSection(true);
    m_rejected->verticalHeader()->hide();
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_save = new QPushButton(tr("Save rejected rows as &CSV…"), this);
    m_save->setObjectName(QStringLiteral("saveRejectedButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addWidget(m_skip);
    layout->addWidget(m_update);
    layout->addWidget(m_rejected, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    connect(m_skip, &QRadioButton::toggled, this, &ReviewPage::rebuild);
    connect(m_save, &QPushButton::clicked, this, &ReviewPage::saveRejected);
    // After this page the database changes: no way back, and the button says what it does.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
}

void ReviewPage::initializePage()
{
    // A short read on the GUI thread: WAL readers never wait for the engine's writer.
    m_existing.clear();
    m_storeError.clear();
    const QString path = m_wizard->session().databasePath;
    if (QFileInfo::exists(path)) {
        HostStore::Options options;
        options.readOnly = true;
        auto store = HostStore::open(path, options);
        if (store) {
            const Result<HostList> hosts = store.value()->listHosts();
            if (hosts)
                m_existing = hosts.value();
            else
                m_storeError = hosts.error().message;
        } else {
            m_storeError = store.error().message;
        }
    }
    rebuild();
}

void ReviewPage::rebuild()
{
    ImportSession &session = m_wizard->session();
    session.policy = m_update->isChecked() ? DuplicatePolicy::Update : DuplicatePolicy::Skip;
    session.plan = ImportPlan::build(
        *session.table, session.mapping, session.defaults, m_existing, session.policy);
    const ImportPlan &plan = *session.plan;

    int stored = 0;
    for (const ImportDuplicate &d : plan.duplicates())
        if (d.kind != DuplicateKind::InFile)
            ++stored;
    QStringList lines;
    lines << tr("%n new host(s) will be added.", nullptr, int(plan.newHosts().size()))
          << tr("%n stored host(s) will be updated.", nullptr, int(plan.updatedHosts().size()))
          << tr("%n duplicate row(s) will be skipped (%1 already stored, %2 repeated in the file).",
                 nullptr, int(plan.duplicates().size()))
                 .arg(stored)
                 .arg(plan.duplicates().size() - stored)
          << tr("%n row(s) are rejected.", nullptr, int(plan.rejections().size()));
    if (!plan.notes().isEmpty())
        lines << tr("Line %1: %2").arg(plan.notes().first().line).arg(plan.notes().first().message);
    if (!m_storeError.isEmpty())
        lines << tr("The database cannot be read: %1").arg(m_storeError);
    m_counts->setText(lines.join(u'\n'));

    m_rejected->setRowCount(int(plan.rejections().size()));
    for (int r = 0; r < plan.rejections().size(); ++r) {
        const ImportRejection &rej = plan.rejections().at(r);
        auto *line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, rej.line);
        m_rejected->setItem(r, 0, line);
        m_rejected->setItem(r, 1, new QTableWidgetItem(rej.column));
        m_rejected->setItem(r, 2, new QTableWidgetItem(rej.reason));
    }
    m_save->setEnabled(!plan.rejections().isEmpty());
    emit completeChanged();
}

void ReviewPage::saveRejected()
{
    const ImportSession &session = m_wizard->session();
    const QString folder
        = m_wizard->settings()->uiValue(QLatin1String(ImportWizard::kLastFolderKey)).toString();
    const QString suggested = folder + QStringLiteral("/rejected-rows.csv");
    const QString file = ImportDialogs::saveFileName(
        this, tr("Save rejected rows"), suggested, tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    QSaveFile out(file);
    const QByteArray bytes = ImportPlan::rejectionsCsv(session.plan->rejections());
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        ImportDialogs::warning(this, tr("Save rejected rows"),
            tr("Cannot write the file %1: %2").arg(file, out.errorString()));
}

bool ReviewPage::isComplete() const
{
    const auto &plan = m_wizard->session().plan;
    return plan && (!plan->newHosts().isEmpty() || !plan->updatedHosts().isEmpty());
}
