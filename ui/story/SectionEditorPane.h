#pragma once

#include <QTimer>
#include <QWidget>

class FenceCompleter;
class MarkdownHighlighter;
class MarkdownPreview;
class QAction;
class QPlainTextEdit;
class QStackedWidget;

// One story section as Markdown: the editor with structure and code highlighting, the fence
// language completer, and a rendered, read-only preview shown instead of the editor on demand
// (Ctrl+Shift+P). The editor stays the caller's: its typing goes where it went before.
class SectionEditorPane : public QWidget
{
    Q_OBJECT

public:
    // `key` names the widgets for tests ("previewButton_<key>", "sectionPreview_<key>").
    SectionEditorPane(QPlainTextEdit* edit, const QString& key, QWidget* parent = nullptr);

    QPlainTextEdit* editor() const { return m_edit; }
    MarkdownHighlighter* highlighter() const { return m_highlighter; }
    MarkdownPreview* preview() const { return m_preview; }
    QAction* previewAction() const { return m_previewAction; }
    bool isPreviewing() const;
    void setPreviewing(bool on);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateTheme();
    void refreshPreview();

    QPlainTextEdit* m_edit = nullptr;
    QStackedWidget* m_stack = nullptr;
    MarkdownPreview* m_preview = nullptr;
    MarkdownHighlighter* m_highlighter = nullptr;
    FenceCompleter* m_completer = nullptr;
    QAction* m_previewAction = nullptr;
    QTimer m_previewTimer;
};
