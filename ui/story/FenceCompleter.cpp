#include "story/FenceCompleter.h"

#include "highlight/CodeHighlighter.h"
#include "highlight/MarkdownHighlighter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

FenceCompleter::FenceCompleter(QPlainTextEdit* edit, CodeHighlighter* code)
    : QObject(edit)
    , m_edit(edit)
    , m_code(code)
{
    m_names = new QStringListModel(this);
    m_completer = new QCompleter(m_names, this);
    m_completer->setObjectName(QStringLiteral("fenceLanguageCompleter"));
    m_completer->setWidget(edit);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setModelSorting(QCompleter::CaseInsensitivelySortedModel);
    m_completer->setMaxVisibleItems(8);
    // Installed after the completer's own filter, so it sees the popup's keys first.
    m_completer->popup()->installEventFilter(this);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &FenceCompleter::insert);
    connect(edit, &QPlainTextEdit::textChanged, this, &FenceCompleter::onTextChanged);
    if (m_code) {
        connect(m_code, &CodeHighlighter::languagesChanged, this, &FenceCompleter::updateNames);
    }
    updateNames();
}

void FenceCompleter::updateNames()
{
    m_names->setStringList(m_code ? m_code->fenceNames() : QStringList());
}

void FenceCompleter::onTextChanged()
{
    QAbstractItemView* popup = m_completer->popup();
    if (m_inserting || !m_edit->hasFocus() || m_edit->isReadOnly() || m_names->rowCount() == 0) {
        popup->hide();
        return;
    }
    const QTextCursor cursor = m_edit->textCursor();
    const QTextBlock block = cursor.block();
    const QString line = block.text();
    const auto fence = MarkdownHighlighter::parseOpeningFence(line);
    const int column = cursor.positionInBlock();
    // Only while typing the language word at the end of an opening fence.
    if (!fence || fence->languageStart < 0 || !MarkdownHighlighter::opensFence(block) ||
        column != fence->languageStart + fence->language.size()) {
        popup->hide();
        return;
    }
    const QString prefix = fence->language;
    m_completer->setCompletionPrefix(prefix);
    const int count = m_completer->completionCount();
    if (count == 0 || (count == 1 && m_completer->currentCompletion().compare(prefix, Qt::CaseInsensitive) == 0)) {
        popup->hide();
        return;
    }
    popup->setCurrentIndex(QModelIndex());
    QRect rect = m_edit->cursorRect(cursor);
    rect.setWidth(popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width() + 8);
    m_completer->complete(rect);
}

void FenceCompleter::insert(const QString& name)
{
    QTextCursor cursor = m_edit->textCursor();
    const auto fence = MarkdownHighlighter::parseOpeningFence(cursor.block().text());
    if (!fence || fence->languageStart < 0) {
        return;
    }
    m_inserting = true;
    cursor.setPosition(cursor.block().position() + fence->languageStart);
    cursor.setPosition(cursor.block().position() + fence->languageStart + static_cast<int>(fence->language.size()),
                       QTextCursor::KeepAnchor);
    cursor.insertText(name);
    m_edit->setTextCursor(cursor);
    m_inserting = false;
    m_completer->popup()->hide();
}

bool FenceCompleter::eventFilter(QObject* watched, QEvent* event)
{
    QAbstractItemView* popup = m_completer->popup();
    if (watched != popup || event->type() != QEvent::KeyPress || !popup->isVisible()) {
        return false;
    }
    const auto* key = static_cast<QKeyEvent*>(event);
    const QModelIndex current = popup->currentIndex();
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!current.isValid()) {
            // Nothing chosen: the key is a new line in the text.
            popup->hide();
            return false;
        }
        insert(current.data().toString());
        return true;
    case Qt::Key_Tab:
        insert(current.isValid() ? current.data().toString() : m_completer->currentCompletion());
        return true;
    case Qt::Key_Escape:
        popup->hide();
        return true;
    default:
        return false;
    }
}
