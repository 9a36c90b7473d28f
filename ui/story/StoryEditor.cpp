#include "story/StoryEditor.h"

#include "document/StoryDocument.h"
#include "domain/StoryRules.h"
#include "story/CoachSummaryLabel.h"
#include "story/DateTimeField.h"
#include "story/SectionEditorPane.h"
#include "story/StoryPage.h"
#include "story/UndoShortcutFilter.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace {
int sectionIndex(Section s)
{
    return static_cast<int>(s);
}

// Puts the cursor where old and new text start to differ, at the end of the changed run.
void replaceKeepingPlace(QPlainTextEdit* edit, const QString& text)
{
    const QString old = edit->toPlainText();
    qsizetype prefix = 0;
    const qsizetype shorter = qMin(old.size(), text.size());
    while (prefix < shorter && old.at(prefix) == text.at(prefix)) {
        ++prefix;
    }
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && old.at(old.size() - 1 - suffix) == text.at(text.size() - 1 - suffix)) {
        ++suffix;
    }
    edit->setPlainText(text);
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(static_cast<int>(text.size() - suffix));
    edit->setTextCursor(cursor);
    edit->ensureCursorVisible();
}
} // namespace

StoryEditor::StoryEditor(QWidget* parent)
    : QWidget(parent)
{
    m_writeTimer.setSingleShot(true);
    m_writeTimer.setInterval(WriteDelayMs);
    connect(&m_writeTimer, &QTimer::timeout, this, &StoryEditor::flushPendingEdits);
    buildUi();
    setDocument(nullptr);
}

void StoryEditor::buildUi()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages);

    auto* empty = new QLabel(tr("Select a story in the list, or create one with Story ▸ New Story (Ctrl+N)."), this);
    empty->setObjectName(QStringLiteral("noStoryLabel"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_pages->addWidget(empty);

    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 8);
    m_pages->addWidget(page);

    m_title = new QLineEdit(page);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("Title: what happened, in a few words"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setFrame(false);
    layout->addWidget(m_title);
    m_dates = new QLabel(page);
    m_dates->setObjectName(QStringLiteral("datesLabel"));
    m_dates->setEnabled(false); // drawn in the palette's quieter colour
    layout->addWidget(m_dates);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    layout->addLayout(grid);

    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (StoryKind kind : StoryRules::allKinds()) {
        m_kind->addItem(StoryRules::kindName(kind), static_cast<int>(kind));
    }
    m_status = new QComboBox(page);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (StoryStatus status : StoryRules::allStatuses()) {
        m_status->addItem(StoryRules::statusName(status), static_cast<int>(status));
    }
    m_status->setToolTip(tr("Draft → In review → Published, one step at a time."));
    m_severity = new QComboBox(page);
    m_severity->setObjectName(QStringLiteral("severityCombo"));
    for (int sev = 0; sev <= StoryRules::MaxSeverity; ++sev) {
        m_severity->addItem(StoryRules::severityName(sev), sev);
    }
    m_severity->setToolTip(tr("SEV1 is the most severe."));

    auto addLabeled = [&](int row, int column, const QString& label, QWidget* field) {
        auto* l = new QLabel(label, page);
        l->setBuddy(field);
        grid->addWidget(l, row, column * 2, Qt::AlignRight);
        grid->addWidget(field, row, column * 2 + 1);
    };
    addLabeled(0, 0, tr("&Kind:"), m_kind);
    addLabeled(0, 1, tr("St&atus:"), m_status);
    addLabeled(0, 2, tr("Se&verity:"), m_severity);

    m_started = new DateTimeField(page);
    m_started->setObjectName(QStringLiteral("startedField"));
    m_detected = new DateTimeField(page);
    m_detected->setObjectName(QStringLiteral("detectedField"));
    m_resolved = new DateTimeField(page);
    m_resolved->setObjectName(QStringLiteral("resolvedField"));
    addLabeled(1, 0, tr("Sta&rted:"), m_started);
    addLabeled(1, 1, tr("&Detected:"), m_detected);
    addLabeled(1, 2, tr("Res&olved:"), m_resolved);

    m_timeToDetect = new QLabel(page);
    m_timeToDetect->setObjectName(QStringLiteral("timeToDetectLabel"));
    m_timeToResolve = new QLabel(page);
    m_timeToResolve->setObjectName(QStringLiteral("timeToResolveLabel"));
    grid->addWidget(m_timeToDetect, 2, 2, 1, 2);
    grid->addWidget(m_timeToResolve, 2, 4, 1, 2);
    m_timeWarning = new QLabel(page);
    m_timeWarning->setObjectName(QStringLiteral("timeWarningLabel"));
    m_timeWarning->setStyleSheet(QStringLiteral("color: #b35c00; font-weight: bold;"));
    m_timeWarning->setWordWrap(true);
    grid->addWidget(m_timeWarning, 3, 0, 1, 6);

    m_authors = new QLineEdit(page);
    m_authors->setObjectName(QStringLiteral("authorsEdit"));
    m_authors->setPlaceholderText(tr("Names or teams, separated by commas"));
    m_tags = new QLineEdit(page);
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    addLabeled(4, 0, tr("A&uthors:"), m_authors);
    grid->addWidget(m_authors, 4, 1, 1, 2);
    auto* tagsLabel = new QLabel(tr("Ta&gs:"), page);
    tagsLabel->setBuddy(m_tags);
    grid->addWidget(tagsLabel, 4, 3, Qt::AlignRight);
    grid->addWidget(m_tags, 4, 4, 1, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, page);
    splitter->setObjectName(QStringLiteral("sectionSplitter"));
    m_sectionList = new QListWidget(splitter);
    m_sectionList->setObjectName(QStringLiteral("sectionList"));
    m_sectionStack = new QStackedWidget(splitter);
    for (Section section : StoryRules::allSections()) {
        auto* item = new QListWidgetItem(StoryRules::sectionTitle(section), m_sectionList);
        item->setData(Qt::UserRole, sectionIndex(section));
        auto* edit = new QPlainTextEdit(m_sectionStack);
        edit->setObjectName(QStringLiteral("sectionEdit_") + StoryRules::sectionKey(section));
        edit->setPlaceholderText(StoryRules::sectionPrompt(section));
        edit->setUndoRedoEnabled(false);
        edit->setTabChangesFocus(true);
        edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        // Markdown highlighting, fence language completion and the preview (Ctrl+Shift+P).
        m_sectionStack->addWidget(new SectionEditorPane(edit, StoryRules::sectionKey(section), m_sectionStack));
        m_sectionEdits[static_cast<size_t>(sectionIndex(section))] = edit;
        connect(edit, &QPlainTextEdit::textChanged, this, [this, section] { onSectionTyped(section); });
    }
    // Filled sections are bold: leave room for the bold titles.
    QFont bold = m_sectionList->font();
    bold.setBold(true);
    int widest = 0;
    for (Section section : StoryRules::allSections()) {
        widest = qMax(widest, QFontMetrics(bold).horizontalAdvance(StoryRules::sectionTitle(section)));
    }
    m_sectionList->setMinimumWidth(widest + 2 * m_sectionList->frameWidth() + 16);
    m_sectionList->setMaximumWidth(m_sectionList->minimumWidth() + 60);
    m_sectionList->setCurrentRow(0);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({170, 600});
    layout->addWidget(splitter, 1);
    m_coachSummary = new CoachSummaryLabel({m_sectionEdits.begin(), m_sectionEdits.end()}, page);
    layout->addWidget(m_coachSummary);
    connect(m_sectionList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* current) {
        if (current) {
            m_sectionStack->setCurrentIndex(current->data(Qt::UserRole).toInt());
        }
    });

    addStoryPages();

    auto* filter = new UndoShortcutFilter(this);
    filter->watch(page);

    connect(m_title, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (m_document) {
            m_document->editField(StoryField::Title, text);
        }
    });
    connect(m_kind, &QComboBox::activated, this, [this](int index) {
        if (m_document) {
            m_document->editField(StoryField::Kind, m_kind->itemData(index));
        }
    });
    connect(m_status, &QComboBox::activated, this, [this](int index) {
        if (m_document && !m_document->editField(StoryField::Status, m_status->itemData(index))) {
            updateField(StoryField::Status);
        }
    });
    connect(m_severity, &QComboBox::activated, this, [this](int index) {
        if (m_document) {
            m_document->editField(StoryField::Severity, m_severity->itemData(index));
        }
    });
    const std::array<std::pair<DateTimeField*, StoryField>, 3> times = {{{m_started, StoryField::StartedAt},
                                                                         {m_detected, StoryField::DetectedAt},
                                                                         {m_resolved, StoryField::ResolvedAt}}};
    for (const auto& [field, storyField] : times) {
        connect(field, &DateTimeField::valueChanged, this, [this, sf = storyField](const QDateTime& value) {
            if (m_document) {
                m_document->editField(sf, value);
            }
        });
    }
    connect(m_authors, &QLineEdit::editingFinished, this, [this] {
        if (m_document) {
            m_document->editField(StoryField::Authors, StoryRules::splitList(m_authors->text()));
        }
    });
    connect(m_tags, &QLineEdit::editingFinished, this, [this] {
        if (m_document) {
            m_document->editField(StoryField::Tags, StoryRules::splitList(m_tags->text()));
        }
    });
}

int StoryEditor::addPage(const QString& title, StoryPage* page)
{
    if (m_storyPages.isEmpty()) {
        // A quiet heading between the sections and the pages.
        auto* heading = new QListWidgetItem(tr("Analysis"), m_sectionList);
        heading->setFlags(Qt::NoItemFlags);
        QFont font = heading->font();
        font.setItalic(true);
        heading->setFont(font);
    }
    page->setParent(m_sectionStack);
    const int stackIndex = m_sectionStack->addWidget(page);
    auto* item = new QListWidgetItem(title, m_sectionList);
    item->setData(Qt::UserRole, stackIndex);
    m_storyPages << page;
    page->setDocument(m_document);
    page->setReadOnly(m_readOnly);
    return m_sectionList->row(item);
}

void StoryEditor::showPage(StoryPage* page)
{
    const int stackIndex = m_sectionStack->indexOf(page);
    for (int row = 0; row < m_sectionList->count(); ++row) {
        QListWidgetItem* item = m_sectionList->item(row);
        if ((item->flags() & Qt::ItemIsEnabled) && item->data(Qt::UserRole).toInt() == stackIndex) {
            m_sectionList->setCurrentRow(row);
            return;
        }
    }
}

void StoryEditor::setDocument(StoryDocument* document)
{
    if (m_document == document && document) {
        return;
    }
    flushPendingEdits();
    for (StoryPage* page : std::as_const(m_storyPages)) {
        page->setDocument(document);
    }
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    if (!document) {
        m_pages->setCurrentIndex(0);
        m_coachSummary->setDocument(nullptr);
        return;
    }
    connect(document, &StoryDocument::fieldChanged, this, &StoryEditor::updateField);
    connect(document, &StoryDocument::sectionChanged, this, &StoryEditor::updateSection);
    connect(document, &StoryDocument::reloaded, this, &StoryEditor::loadAll);
    loadAll();
    m_coachSummary->setDocument(document);
    m_pages->setCurrentIndex(1);
}

void StoryEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_title->setReadOnly(readOnly);
    m_kind->setEnabled(!readOnly);
    m_status->setEnabled(!readOnly);
    m_severity->setEnabled(!readOnly);
    m_started->setReadOnly(readOnly);
    m_detected->setReadOnly(readOnly);
    m_resolved->setReadOnly(readOnly);
    m_authors->setReadOnly(readOnly);
    m_tags->setReadOnly(readOnly);
    for (QPlainTextEdit* edit : m_sectionEdits) {
        edit->setReadOnly(readOnly);
    }
    for (StoryPage* page : std::as_const(m_storyPages)) {
        page->setReadOnly(readOnly);
    }
    m_coachSummary->setReadOnly(readOnly);
}

void StoryEditor::loadAll()
{
    if (!m_document) {
        return;
    }
    for (StoryField field : {StoryField::Title,
                             StoryField::Kind,
                             StoryField::Status,
                             StoryField::Severity,
                             StoryField::StartedAt,
                             StoryField::DetectedAt,
                             StoryField::ResolvedAt,
                             StoryField::Authors,
                             StoryField::Tags}) {
        updateField(field);
    }
    m_updating = true;
    for (Section section : StoryRules::allSections()) {
        m_sectionEdits[static_cast<size_t>(sectionIndex(section))]->setPlainText(m_document->story().section(section));
        updateSectionItem(section);
    }
    m_updating = false;
    m_dirtySections.clear();
    updateDates();
}

void StoryEditor::updateField(StoryField field)
{
    if (!m_document) {
        return;
    }
    const Story& story = m_document->story();
    updateDates();
    m_updating = true;
    switch (field) {
    case StoryField::Title:
        if (m_title->text() != story.title) {
            m_title->setText(story.title);
        }
        break;
    case StoryField::Kind:
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(story.kind)));
        break;
    case StoryField::Status:
        m_status->setCurrentIndex(m_status->findData(static_cast<int>(story.status)));
        updateStatusChoices();
        break;
    case StoryField::Severity:
        m_severity->setCurrentIndex(m_severity->findData(story.severity));
        break;
    case StoryField::StartedAt:
        m_started->setValue(story.startedAt);
        updateTimes();
        break;
    case StoryField::DetectedAt:
        m_detected->setValue(story.detectedAt);
        updateTimes();
        break;
    case StoryField::ResolvedAt:
        m_resolved->setValue(story.resolvedAt);
        updateTimes();
        break;
    case StoryField::Authors:
        if (StoryRules::splitList(m_authors->text()) != story.authors) {
            m_authors->setText(story.authors.join(QStringLiteral(", ")));
        }
        break;
    case StoryField::Tags:
        if (StoryRules::splitList(m_tags->text()) != story.tags) {
            m_tags->setText(story.tags.join(QStringLiteral(", ")));
        }
        break;
    }
    m_updating = false;
}

void StoryEditor::updateStatusChoices()
{
    auto* model = qobject_cast<QStandardItemModel*>(m_status->model());
    if (!model || !m_document) {
        return;
    }
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto status = static_cast<StoryStatus>(model->item(row)->data(Qt::UserRole).toInt());
        QStandardItem* item = model->item(row);
        item->setEnabled(StoryRules::canTransition(m_document->story().status, status));
    }
}

void StoryEditor::updateDates()
{
    const Story& story = m_document->story();
    const QLocale locale;
    //: %1 and %2 are dates with times
    m_dates->setText(tr("Created %1 · modified %2")
                         .arg(locale.toString(story.createdAt.toLocalTime(), QLocale::ShortFormat),
                              locale.toString(story.modifiedAt.toLocalTime(), QLocale::ShortFormat)));
}

void StoryEditor::updateTimes()
{
    const Story& story = m_document->story();
    const auto ttd = story.timeToDetect();
    const auto ttr = story.timeToResolve();
    m_timeToDetect->setText(tr("Time to detect: %1").arg(ttd ? StoryRules::formatDuration(*ttd) : tr("unknown")));
    m_timeToResolve->setText(tr("Time to resolve: %1").arg(ttr ? StoryRules::formatDuration(*ttr) : tr("unknown")));
    const QStringList warnings = story.timeWarnings();
    m_timeWarning->setText(warnings.isEmpty() ? QString() : QStringLiteral("⚠ ") + warnings.join(QLatin1Char(' ')));
    m_timeWarning->setVisible(!warnings.isEmpty());
}

void StoryEditor::updateSection(Section section)
{
    if (!m_document) {
        return;
    }
    QPlainTextEdit* edit = sectionEditor(section);
    const QString text = m_document->story().section(section);
    if (edit->toPlainText() != text) {
        // Undo or redo: show where the change happened.
        m_dirtySections.remove(section);
        m_updating = true;
        showSection(section);
        replaceKeepingPlace(edit, text);
        m_updating = false;
    }
    updateSectionItem(section);
    updateDates();
}

void StoryEditor::updateSectionItem(Section section)
{
    QListWidgetItem* item = m_sectionList->item(sectionIndex(section));
    QFont font = item->font();
    font.setBold(m_document && !m_document->story().section(section).trimmed().isEmpty());
    item->setFont(font);
}

void StoryEditor::onSectionTyped(Section section)
{
    if (m_updating || !m_document) {
        return;
    }
    m_dirtySections.insert(section);
    m_writeTimer.start();
}

void StoryEditor::flushPendingEdits()
{
    for (StoryPage* page : std::as_const(m_storyPages)) {
        page->flushPendingEdits();
    }
    m_writeTimer.stop();
    if (!m_document || m_dirtySections.isEmpty()) {
        m_dirtySections.clear();
        return;
    }
    const QSet<Section> dirty = std::exchange(m_dirtySections, {});
    for (Section section : dirty) {
        if (!m_document->editSection(section, sectionEditor(section)->toPlainText())) {
            // Not saved (the store said why): keep the text and try again with the next flush.
            m_dirtySections.insert(section);
        }
    }
}

void StoryEditor::showSection(Section section)
{
    m_sectionList->setCurrentRow(sectionIndex(section));
}

Section StoryEditor::currentSection() const
{
    return static_cast<Section>(qBound(0, m_sectionList->currentRow(), SectionCount - 1));
}

QPlainTextEdit* StoryEditor::sectionEditor(Section section) const
{
    return m_sectionEdits[static_cast<size_t>(sectionIndex(section))];
}

void StoryEditor::focusTitle()
{
    m_title->setFocus(Qt::OtherFocusReason);
    m_title->selectAll();
}
