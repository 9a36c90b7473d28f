#include "export/HandbookDialog.h"

#include "MessageBox.h"
#include "document/Library.h"
#include "domain/StoryRules.h"
#include "export/Handbook.h"
#include "export/StoryBundle.h"
#include "storage/StoryStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>

std::optional<QString> HandbookDialog::s_nextPath;

namespace {
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

HandbookDialog::HandbookDialog(Library* library, QWidget* parent)
    : QDialog(parent)
    , m_library(library)
    , m_status(new QComboBox(this))
    , m_tags(new QLineEdit(this))
    , m_useFrom(new QCheckBox(tr("&From"), this))
    , m_from(new QDateEdit(this))
    , m_useTo(new QCheckBox(tr("&To"), this))
    , m_to(new QDateEdit(this))
    , m_list(new QListWidget(this))
    , m_title(new QLineEdit(Handbook::defaultTitle(), this))
    , m_organisation(new QLineEdit(this))
    , m_year(new QSpinBox(this))
    , m_logo(new QLineEdit(this))
    , m_pageSize(new QComboBox(this))
    , m_anonymize(new QCheckBox(tr("Replace &people's names by their roles"), this))
    , m_export(nullptr)
{
    setObjectName(QStringLiteral("handbookDialog"));
    setWindowTitle(tr("Export Handbook"));
    m_status->setObjectName(QStringLiteral("handbookStatus"));
    m_status->addItem(tr("Published stories"), true);
    m_status->addItem(tr("All stories"), false);
    m_tags->setObjectName(QStringLiteral("handbookTags"));
    m_tags->setPlaceholderText(tr("any tag; several separated by commas"));
    m_from->setObjectName(QStringLiteral("handbookFrom"));
    m_to->setObjectName(QStringLiteral("handbookTo"));
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_from->setDate(QDate(QDate::currentDate().year(), 1, 1));
    m_to->setDate(QDate::currentDate());
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    m_list->setObjectName(QStringLiteral("handbookStories"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_title->setObjectName(QStringLiteral("handbookTitle"));
    m_organisation->setObjectName(QStringLiteral("handbookOrganisation"));
    m_year->setObjectName(QStringLiteral("handbookYear"));
    m_year->setRange(1970, 9999);
    m_year->setValue(QDate::currentDate().year());
    m_logo->setObjectName(QStringLiteral("handbookLogo"));
    m_logo->setPlaceholderText(tr("optional image file"));
    m_pageSize->setObjectName(QStringLiteral("handbookPageSize"));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(QPageSize::Letter));
    setPageSize(PdfWriteOptions::defaultPageSize());
    m_anonymize->setObjectName(QStringLiteral("handbookAnonymize"));

    auto* choose = new QGroupBox(tr("Stories"), this);
    auto* filters = new QFormLayout;
    filters->addRow(tr("&Status:"), m_status);
    filters->addRow(tr("T&ags:"), m_tags);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_useFrom);
    dates->addWidget(m_from);
    dates->addWidget(m_useTo);
    dates->addWidget(m_to);
    dates->addStretch();
    filters->addRow(tr("Dates:"), dates);
    auto* listButtons = new QVBoxLayout;
    auto* up = new QPushButton(tr("Move &Up"), this);
    up->setObjectName(QStringLiteral("handbookMoveUp"));
    auto* down = new QPushButton(tr("Move Do&wn"), this);
    down->setObjectName(QStringLiteral("handbookMoveDown"));
    auto* byDate = new QPushButton(tr("Order by &Date"), this);
    byDate->setObjectName(QStringLiteral("handbookOrderByDate"));
    listButtons->addWidget(up);
    listButtons->addWidget(down);
    listButtons->addWidget(byDate);
    listButtons->addStretch();
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(listButtons);
    auto* chooseLayout = new QVBoxLayout(choose);
    chooseLayout->addLayout(filters);
    chooseLayout->addLayout(listRow);

    auto* book = new QGroupBox(tr("Book"), this);
    auto* bookLayout = new QFormLayout(book);
    bookLayout->addRow(tr("T&itle:"), m_title);
    bookLayout->addRow(tr("&Organisation:"), m_organisation);
    bookLayout->addRow(tr("&Year:"), m_year);
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("handbookBrowseLogo"));
    logoRow->addWidget(browse);
    // A row holding a layout gets no buddy by itself: without one the "&" would show.
    auto* logoLabel = new QLabel(tr("&Logo:"), this);
    logoLabel->setBuddy(m_logo);
    bookLayout->addRow(logoLabel, logoRow);
    bookLayout->addRow(tr("&Page size:"), m_pageSize);
    bookLayout->addRow(QString(), m_anonymize);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("handbookExport"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(choose, 1);
    layout->addWidget(book);
    layout->addWidget(buttons);
    resize(620, 640);

    connect(m_status, &QComboBox::currentIndexChanged, this, &HandbookDialog::fillList);
    connect(m_tags, &QLineEdit::editingFinished, this, &HandbookDialog::fillList);
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_useFrom, &QCheckBox::toggled, this, &HandbookDialog::fillList);
    connect(m_useTo, &QCheckBox::toggled, this, &HandbookDialog::fillList);
    connect(m_from, &QDateEdit::dateChanged, this, &HandbookDialog::fillList);
    connect(m_to, &QDateEdit::dateChanged, this, &HandbookDialog::fillList);
    connect(up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(byDate, &QPushButton::clicked, this, &HandbookDialog::fillList);
    connect(browse, &QPushButton::clicked, this, &HandbookDialog::chooseLogo);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &HandbookDialog::startExport);
    fillList();
}

HandbookDialog::~HandbookDialog()
{
    if (m_thread) {
        *m_cancel = true;
        m_thread->wait();
    }
}

void HandbookDialog::setNextPathForTests(std::optional<QString> path)
{
    s_nextPath = std::move(path);
}

void HandbookDialog::setPageSize(const QPageSize& size)
{
    const int index = m_pageSize->findData(int(size.id()));
    if (index >= 0) {
        m_pageSize->setCurrentIndex(index);
    }
}

void HandbookDialog::fillList()
{
    // Every story is listed (so any can be ticked by hand); the filter decides which are ticked.
    m_list->clear();
    auto summaries = m_library->stories().summaries();
    if (!summaries) {
        return;
    }
    HandbookSelection selection;
    selection.publishedOnly = m_status->currentData().toBool();
    selection.tags = StoryRules::splitList(m_tags->text());
    if (m_useFrom->isChecked()) {
        selection.from = m_from->date();
    }
    if (m_useTo->isChecked()) {
        selection.to = m_to->date();
    }
    const QList<qint64> chosen = selection.select(*summaries);
    HandbookSelection everything;
    everything.publishedOnly = false;
    const QList<qint64> all = everything.select(*summaries);
    QHash<qint64, StorySummary> byId;
    for (const StorySummary& s : *summaries) {
        byId.insert(s.id, s);
    }
    for (qint64 id : all) {
        const StorySummary& s = byId[id];
        const QDate date = HandbookSelection::storyDate(s);
        //: A story in the handbook dialog: %1 date, %2 title, %3 status
        auto* item = new QListWidgetItem(tr("%1  %2  (%3)")
                                             .arg(date.toString(Qt::ISODate),
                                                  s.title.trimmed().isEmpty() ? Story {}.displayTitle() : s.title,
                                                  StoryRules::statusName(s.status)),
                                         m_list);
        item->setData(IdRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(chosen.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
}

void HandbookDialog::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count()) {
        return;
    }
    QListWidgetItem* item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
}

QList<qint64> HandbookDialog::chosenStories() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked) {
            ids << m_list->item(i)->data(IdRole).toLongLong();
        }
    }
    return ids;
}

void HandbookDialog::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a Logo"), QString(), tr("Images (*.png *.jpg *.jpeg *.svg *.bmp)"));
    if (!path.isEmpty()) {
        m_logo->setText(path);
    }
}

void HandbookDialog::startExport()
{
    QString path;
    if (s_nextPath) {
        path = *s_nextPath;
        s_nextPath.reset();
    } else {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        //: default file name of the handbook
        path = QFileDialog::getSaveFileName(this,
                                            tr("Export Handbook"),
                                            QDir(folder).filePath(tr("failure-handbook") + QStringLiteral(".pdf")),
                                            tr("PDF documents (*.pdf)"));
    }
    if (!path.isEmpty()) {
        exportTo(path);
    }
}

bool HandbookDialog::exportTo(const QString& path)
{
    if (m_thread) {
        return false;
    }
    const QList<qint64> ids = chosenStories();
    if (ids.isEmpty()) {
        m_lastMessage = tr("Tick at least one story for the handbook.");
        MessageBox::warning(this, windowTitle(), m_lastMessage);
        return false;
    }
    Handbook::Options options;
    options.title = m_title->text().trimmed();
    options.organisation = m_organisation->text().trimmed();
    options.year = m_year->value();
    options.anonymize = m_anonymize->isChecked();
    options.page.pageSize = QPageSize(QPageSize::PageSizeId(m_pageSize->currentData().toInt()));
    if (!m_logo->text().trimmed().isEmpty()) {
        options.logo = QImage(m_logo->text().trimmed());
        if (options.logo.isNull()) {
            m_lastMessage = tr("Cannot read the image “%1”.").arg(QDir::toNativeSeparators(m_logo->text().trimmed()));
            MessageBox::warning(this, windowTitle(), m_lastMessage);
            return false;
        }
    }
    // Read on this thread: the library's connection belongs to it.
    auto bundles = StoryBundles::load(*m_library, ids);
    auto categories = StoryBundles::categories(*m_library);
    if (!bundles || !categories) {
        m_lastMessage = bundles ? categories.error() : bundles.error();
        MessageBox::warning(this, windowTitle(), m_lastMessage);
        return false;
    }
    auto handbook = std::make_shared<Handbook>(std::move(bundles).value(), categories.value(), options);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_progress = new QProgressDialog(tr("Compiling the handbook…"), tr("Cancel"), 0, int(ids.size()) + 3, this);
    m_progress->setObjectName(QStringLiteral("handbookProgress"));
    m_progress->setWindowTitle(windowTitle());
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &HandbookDialog::cancelExport);
    m_export->setEnabled(false);
    auto cancel = m_cancel;
    QPointer<HandbookDialog> self(this);
    m_thread = QThread::create([handbook, cancel, path, self] {
        const Status status = handbook->write(path, [cancel, self](int step, int steps, const QString& what) {
            if (self) {
                QMetaObject::invokeMethod(
                    self,
                    [self, step, steps, what] {
                        if (self) {
                            self->onProgress(step, steps, what);
                        }
                    },
                    Qt::QueuedConnection);
            }
            return !*cancel;
        });
        const bool written = status.ok();
        const QString message = status.ok() ? QString() : status.error();
        const int pages = handbook->pageCount();
        QMetaObject::invokeMethod(
            self,
            [self, written, message, path, pages] {
                if (self) {
                    self->onFinished(written,
                                     written ? tr("Saved the handbook (%n pages) as “%1”.", nullptr, pages)
                                                   .arg(QDir::toNativeSeparators(path))
                                             : message,
                                     path);
                }
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

void HandbookDialog::cancelExport()
{
    if (m_cancel) {
        *m_cancel = true;
    }
    if (m_progress) {
        m_progress->setLabelText(tr("Cancelling…"));
    }
}

void HandbookDialog::onProgress(int step, int steps, const QString& what)
{
    if (!m_progress || (m_cancel && *m_cancel)) {
        return;
    }
    m_progress->setMaximum(steps);
    m_progress->setValue(qMin(step, steps));
    m_progress->setLabelText(what);
}

void HandbookDialog::onFinished(bool written, const QString& message, const QString& path)
{
    Q_UNUSED(path)
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_export->setEnabled(true);
    m_lastMessage = message;
    emit exportFinished(written, message);
    if (written) {
        accept();
    } else if (!(m_cancel && *m_cancel)) {
        MessageBox::warning(this, windowTitle(), message);
    }
}
