#pragma once

#include <QObject>
#include <QPointer>

class CodeHighlighter;
class QCompleter;
class QPlainTextEdit;
class QStringListModel;

// Completes the language after an opening fence (```ba → bash) from the highlighting engine's
// definitions. Enter or Tab takes the chosen name, Escape closes the list; without a chosen name
// Enter still starts a new line.
class FenceCompleter : public QObject
{
    Q_OBJECT

public:
    FenceCompleter(QPlainTextEdit* edit, CodeHighlighter* code);

    QCompleter* completer() const { return m_completer; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateNames();
    void onTextChanged();
    void insert(const QString& name);

    QPlainTextEdit* m_edit = nullptr;
    QPointer<CodeHighlighter> m_code;
    QCompleter* m_completer = nullptr;
    QStringListModel* m_names = nullptr;
    bool m_inserting = false;
};
