#pragma once

#include <QObject>

// Text widgets keep Ctrl+Z for their own undo history. This filter hands the undo and redo keys
// to the window's Edit actions instead, so every edit goes through the story's undo stack.
class UndoShortcutFilter : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Installs the filter on `widget` and every line edit, text edit and spin box inside it.
    void watch(QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};
