#pragma once

#include "story/StoryPage.h"

#include <QDialog>
#include <QPointer>

class QAction;
class QLabel;
class QModelIndex;
class QPushButton;
class QTableView;
class StoryDocument;
class TimelineDelegate;
class TimelineModel;

// The story's timeline as a table sorted by time, made for the keyboard: Enter on the last row adds
// the next event five minutes later and edits it, Delete removes, Ctrl+V turns pasted lines or a
// Markdown table into events (lines it cannot read are listed, not dropped). The context menu takes
// the story's start, detection or resolution time from an event; the gaps between the first
// trigger, detection and repair are shown above the table.
class TimelinePage : public StoryPage
{
    Q_OBJECT

public:
    explicit TimelinePage(QWidget* parent = nullptr);

    void setDocument(StoryDocument* document) override;
    void setReadOnly(bool readOnly) override;

    QTableView* view() const { return m_view; }
    // Adds an event five minutes after the one in `row` (the first one at the story's start) and
    // starts editing its description. Returns its row, or -1.
    int addEventAfter(int row);
    // Reads `text` as events and adds them in one undo step; lists the lines it could not read.
    // Returns the number of events added.
    int pasteText(const QString& text);
    // The dialog of the last paste's unreadable lines, while it is open.
    QDialog* unreadableLinesDialog() const { return m_unreadableDialog; }

    static constexpr int NextEventMinutes = 5;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildActions();
    void updateActions();
    void updateGaps();
    void deleteSelected();
    void paste();
    void useAsStoryTime(int field); // StoryField
    void onEnterInEditor();
    void onEditorClosed();
    void showMessage(const QString& text);
    int currentRow() const;

    QPointer<StoryDocument> m_document;
    QPointer<TimelineModel> m_model;
    bool m_readOnly = false;
    QTableView* m_view;
    TimelineDelegate* m_delegate;
    QLabel* m_gaps;
    QLabel* m_message;
    QPushButton* m_addButton;
    QPushButton* m_deleteButton;
    QPushButton* m_pasteButton;
    QAction* m_addAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_pasteAction = nullptr;
    QAction* m_useAsStartAction = nullptr;
    QAction* m_useAsDetectionAction = nullptr;
    QAction* m_useAsResolutionAction = nullptr;
    QPointer<QDialog> m_unreadableDialog;
    // The event just added with Enter and the undo index after adding it: Escape on its still empty
    // description takes it back.
    qint64 m_freshEventId = 0;
    int m_freshUndoIndex = -1;
};
