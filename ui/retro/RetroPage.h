#pragma once

#include "document/RetroDocument.h"

#include <QPointer>
#include <QWidget>

// One phase's page of the retro window. Gets the open retro (or null) and is told when it becomes
// the visible page, so it can put the keyboard focus where the facilitator types next.
class RetroPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    void setDocument(RetroDocument* document);
    RetroDocument* document() const { return m_document; }

    // The page was shown: focus its main widget.
    virtual void activate() { }

signals:
    // For the window's status bar (an edit refused, an export written).
    void message(const QString& text);

protected:
    // Called after the document changed (also with null).
    virtual void documentChanged() = 0;
    // Shows a refused edit's message; returns whether it succeeded.
    template <typename R>
    bool report(const R& result)
    {
        if (!result) {
            emit message(result.error());
            return false;
        }
        return true;
    }

private:
    QPointer<RetroDocument> m_document;
};
