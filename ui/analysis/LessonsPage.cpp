#include "analysis/LessonsPage.h"

#include "analysis/CauseLinkDialog.h"
#include "analysis/LessonDelegate.h"
#include "commands/EditLessonCommand.h"
#include "commands/LessonLifecycleCommand.h"
#include "commands/MoveLessonCommand.h"
#include "document/StoryDocument.h"
#include "models/LessonModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

LessonsPage::LessonsPage(QWidget* parent)
    : StoryPage(parent)
    , m_view(new QTreeView(this))
    , m_delegate(
          new LessonDelegate([this](const QModelIndex& index, const QVariant& value) { commit(index, value); }, this))
    , m_emptyLabel(new QLabel(this))
    , m_add(new QPushButton(tr("Add Lesso&n"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_up(new QPushButton(tr("Move U&p"), this))
    , m_down(new QPushButton(tr("Move Do&wn"), this))
    , m_link(new QPushButton(tr("&Link to Causes…"), this))
{
    setObjectName(QStringLiteral("lessonsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QLabel(tr("<b>Lessons learned</b>: what went well, what went wrong, where we got lucky, "
                                  "and what we learned."),
                               this);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    m_view->setObjectName(QStringLiteral("lessonsView"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setItemDelegate(m_delegate);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    layout->addWidget(m_view, 1);

    m_emptyLabel->setObjectName(QStringLiteral("lessonsEmptyLabel"));
    m_emptyLabel->setText(tr("No lessons yet. Press Insert (or Add Lesson) to write the first one."));
    m_emptyLabel->setEnabled(false);
    layout->addWidget(m_emptyLabel);

    auto* buttons = new QHBoxLayout;
    m_add->setObjectName(QStringLiteral("addLessonButton"));
    m_add->setToolTip(tr("Adds a lesson below the current one (Insert)."));
    m_remove->setObjectName(QStringLiteral("removeLessonButton"));
    m_remove->setToolTip(tr("Removes the current lesson (Delete)."));
    m_up->setObjectName(QStringLiteral("moveLessonUpButton"));
    m_up->setToolTip(tr("Alt+Up"));
    m_down->setObjectName(QStringLiteral("moveLessonDownButton"));
    m_down->setToolTip(tr("Alt+Down"));
    m_link->setObjectName(QStringLiteral("linkLessonButton"));
    m_link->setToolTip(tr("Links the lesson to causes in the cause tree (Ctrl+L)."));
    for (QPushButton* button : {m_add, m_remove, m_up, m_down, m_link}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto addShortcut = [this](const QKeySequence& keys, auto slot) {
        auto* action = new QAction(m_view);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    addShortcut(QKeySequence(Qt::Key_Insert), [this] { addLesson(); });
    addShortcut(QKeySequence(Qt::Key_Delete), [this] { removeLesson(); });
    addShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveLesson(-1); });
    addShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveLesson(1); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), [this] { linkCauses(); });
    connect(m_add, &QPushButton::clicked, this, &LessonsPage::addLesson);
    connect(m_remove, &QPushButton::clicked, this, &LessonsPage::removeLesson);
    connect(m_up, &QPushButton::clicked, this, [this] { moveLesson(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveLesson(1); });
    connect(m_link, &QPushButton::clicked, this, &LessonsPage::linkCauses);
    updateButtons();
}

void LessonsPage::setDocument(StoryDocument* document)
{
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
    }
    m_document = document;
    m_model = document ? document->lessons() : nullptr;
    m_view->setModel(m_model);
    if (m_model) {
        m_view->header()->setStretchLastSection(false);
        m_view->header()->setSectionResizeMode(LessonModel::KindColumn, QHeaderView::ResizeToContents);
        m_view->header()->setSectionResizeMode(LessonModel::TextColumn, QHeaderView::Stretch);
        m_view->header()->setSectionResizeMode(LessonModel::CausesColumn, QHeaderView::Interactive);
        m_view->header()->resizeSection(LessonModel::CausesColumn, 200);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
            // Rows added from elsewhere (undo, another window): give the keyboard a place to start.
            if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0) {
                m_view->setCurrentIndex(m_model->index(0, LessonModel::TextColumn));
            }
            updateButtons();
        });
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LessonsPage::updateButtons);
        connect(m_model, &QAbstractItemModel::rowsMoved, this, &LessonsPage::updateButtons);
        connect(m_model, &QAbstractItemModel::modelReset, this, &LessonsPage::updateButtons);
        connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &LessonsPage::updateButtons);
        if (m_model->rowCount() > 0) {
            m_view->setCurrentIndex(m_model->index(0, LessonModel::TextColumn));
        }
    }
    updateButtons();
}

void LessonsPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                           QAbstractItemView::AnyKeyPressed);
    updateButtons();
}

int LessonsPage::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void LessonsPage::updateButtons()
{
    const bool editable = m_model && m_document && !m_readOnly;
    const int row = currentRow();
    const int rows = m_model ? m_model->rowCount() : 0;
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && row >= 0);
    m_up->setEnabled(editable && row > 0);
    m_down->setEnabled(editable && row >= 0 && row < rows - 1);
    m_link->setEnabled(editable && row >= 0);
    m_emptyLabel->setVisible(m_model && rows == 0);
}

void LessonsPage::addLesson()
{
    if (!m_model || !m_document || m_readOnly) {
        return;
    }
    const int row = currentRow();
    Lesson lesson;
    lesson.storyId = m_document->id();
    // A new item usually continues the group the author is writing.
    lesson.kind = row >= 0 ? m_model->lessonAt(row).kind : LessonKind::Lesson;
    const int position = row >= 0 ? row + 1 : m_model->rowCount();
    const int before = m_model->rowCount();
    m_document->undoStack()->push(
        new LessonLifecycleCommand(*m_document, LessonLifecycleCommand::Action::Add, lesson, position));
    if (m_model->rowCount() == before + 1) {
        const QModelIndex index = m_model->index(position, LessonModel::TextColumn);
        m_view->setFocus();
        m_view->setCurrentIndex(index);
        m_view->edit(index);
    }
}

void LessonsPage::removeLesson()
{
    const int row = currentRow();
    if (!m_model || !m_document || m_readOnly || row < 0) {
        return;
    }
    m_document->undoStack()->push(
        new LessonLifecycleCommand(*m_document, LessonLifecycleCommand::Action::Remove, m_model->lessonAt(row), row));
    const int rows = m_model->rowCount();
    if (rows > 0) {
        m_view->setCurrentIndex(m_model->index(qMin(row, rows - 1), LessonModel::TextColumn));
    }
}

void LessonsPage::moveLesson(int delta)
{
    const int row = currentRow();
    if (!m_model || !m_document || m_readOnly || row < 0) {
        return;
    }
    const int to = row + delta;
    if (to < 0 || to >= m_model->rowCount()) {
        return;
    }
    m_document->undoStack()->push(new MoveLessonCommand(*m_document, m_model->lessonAt(row).id, row, to));
    m_view->scrollTo(m_view->currentIndex());
}

void LessonsPage::linkCauses()
{
    const int row = currentRow();
    if (!m_model || !m_document || m_readOnly || row < 0) {
        return;
    }
    const Lesson lesson = m_model->lessonAt(row);
    CauseLinkDialog dialog(m_model->causeChoices(), lesson.causeIds, this);
    if (dialog.exec() != QDialog::Accepted || !m_document) {
        return;
    }
    const QList<qint64> linked = dialog.linkedCauses();
    if (linked != lesson.causeIds) {
        m_document->undoStack()->push(new EditLessonCommand(*m_document,
                                                            lesson.id,
                                                            LessonField::Causes,
                                                            QVariant::fromValue(lesson.causeIds),
                                                            QVariant::fromValue(linked)));
    }
    m_view->setFocus();
}

void LessonsPage::commit(const QModelIndex& index, const QVariant& value)
{
    if (!m_model || !m_document || m_readOnly || !index.isValid()) {
        return;
    }
    const Lesson& lesson = m_model->lessonAt(index.row());
    const LessonField field = index.column() == LessonModel::KindColumn ? LessonField::Kind : LessonField::Text;
    const QVariant old = field == LessonField::Kind ? QVariant(static_cast<int>(lesson.kind)) : QVariant(lesson.text);
    m_document->undoStack()->push(new EditLessonCommand(*m_document, lesson.id, field, old, value));
}
