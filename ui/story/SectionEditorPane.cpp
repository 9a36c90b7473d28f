#include "story/SectionEditorPane.h"

#include "highlight/CodeHighlighterFactory.h"
#include "highlight/MarkdownHighlighter.h"
#include "story/FenceCompleter.h"
#include "story/MarkdownPreview.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}
} // namespace

SectionEditorPane::SectionEditorPane(QPlainTextEdit* edit, const QString& key, QWidget* parent)
    : QWidget(parent)
    , m_edit(edit)
{
    setObjectName(QStringLiteral("sectionPane_") + key);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_previewAction = new QAction(tr("&Preview"), this);
    m_previewAction->setObjectName(QStringLiteral("previewAction_") + key);
    m_previewAction->setCheckable(true);
    m_previewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_previewAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_previewAction->setToolTip(tr("Show the section as it reads, or return to editing (Ctrl+Shift+P)"));
    addAction(m_previewAction);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addStretch(1);
    auto* button = new QToolButton(this);
    button->setObjectName(QStringLiteral("previewButton_") + key);
    button->setDefaultAction(m_previewAction);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    bar->addWidget(button);
    layout->addLayout(bar);

    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);
    edit->setParent(m_stack);
    m_stack->addWidget(edit);
    m_preview = new MarkdownPreview(m_stack);
    m_preview->setObjectName(QStringLiteral("sectionPreview_") + key);
    m_stack->addWidget(m_preview);
    setFocusProxy(edit);

    CodeHighlighter* code = CodeHighlighterFactory::shared();
    m_highlighter = new MarkdownHighlighter(edit->document(), code);
    m_preview->setCodeHighlighter(code);
    m_completer = new FenceCompleter(edit, code);
    updateTheme();
    edit->installEventFilter(this);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(200);
    connect(&m_previewTimer, &QTimer::timeout, this, &SectionEditorPane::refreshPreview);
    connect(edit, &QPlainTextEdit::textChanged, this, [this] {
        if (isPreviewing()) {
            m_previewTimer.start();
        }
    });
    connect(m_previewAction, &QAction::toggled, this, &SectionEditorPane::setPreviewing);
}

bool SectionEditorPane::isPreviewing() const
{
    return m_stack->currentWidget() == m_preview;
}

void SectionEditorPane::setPreviewing(bool on)
{
    if (m_previewAction->isChecked() != on) {
        m_previewAction->setChecked(on); // comes back here through toggled
        return;
    }
    if (on == isPreviewing()) {
        return;
    }
    const bool hadFocus = m_stack->currentWidget()->hasFocus();
    if (on) {
        refreshPreview();
        m_stack->setCurrentWidget(m_preview);
        setFocusProxy(m_preview);
    } else {
        m_stack->setCurrentWidget(m_edit);
        setFocusProxy(m_edit);
    }
    if (hadFocus || on) {
        m_stack->currentWidget()->setFocus(Qt::OtherFocusReason);
    }
}

void SectionEditorPane::refreshPreview()
{
    m_preview->setDark(m_highlighter->isDark());
    m_preview->showMarkdown(m_edit->toPlainText());
}

void SectionEditorPane::updateTheme()
{
    m_highlighter->setDark(isDark(m_edit->palette()));
}

bool SectionEditorPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::PaletteChange) {
        updateTheme();
    }
    return QWidget::eventFilter(watched, event);
}

void SectionEditorPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        updateTheme();
    }
    QWidget::changeEvent(event);
}
