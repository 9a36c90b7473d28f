#pragma once

#include "document/StoryDocument.h"
#include "domain/Story.h"

#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <array>

class DateTimeField;
class StoryPage;
class CoachSummaryLabel;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;

// Edits one story: the metadata form and one plain-text editor per section. Every change goes to
// the StoryDocument as an undo command; section typing is gathered for a moment first, so a burst
// of keystrokes becomes one write.
class StoryEditor : public QWidget
{
    Q_OBJECT

public:
    explicit StoryEditor(QWidget* parent = nullptr);

    void setDocument(StoryDocument* document);
    StoryDocument* document() const { return m_document; }
    void setReadOnly(bool readOnly);

    // Writes typing that is still waiting for its pause; call before undo, switching or closing.
    void flushPendingEdits();
    bool hasPendingEdits() const { return !m_dirtySections.isEmpty(); }

    void showSection(Section section);
    Section currentSection() const;
    QPlainTextEdit* sectionEditor(Section section) const;
    void focusTitle();

    // Adds a page after the sections; the editor owns it. Returns its navigator row.
    int addPage(const QString& title, StoryPage* page);
    // Shows the page added as `page`.
    void showPage(StoryPage* page);
    QList<StoryPage*> pages() const { return m_storyPages; }

    // How long typing pauses before it is written.
    static constexpr int WriteDelayMs = 400;

private:
    void buildUi();
    // Creates the analysis pages (StoryPages.cpp).
    void addStoryPages();
    void loadAll();
    void updateField(StoryField field);
    void updateSection(Section section);
    void updateTimes();
    void updateDates();
    void updateStatusChoices();
    void updateSectionItem(Section section);
    void onSectionTyped(Section section);

    QPointer<StoryDocument> m_document;
    bool m_readOnly = false;
    bool m_updating = false;

    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_title = nullptr;
    QLabel* m_dates = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_severity = nullptr;
    DateTimeField* m_started = nullptr;
    DateTimeField* m_detected = nullptr;
    DateTimeField* m_resolved = nullptr;
    QLabel* m_timeToDetect = nullptr;
    QLabel* m_timeToResolve = nullptr;
    QLabel* m_timeWarning = nullptr;
    QLineEdit* m_authors = nullptr;
    QLineEdit* m_tags = nullptr;
    QListWidget* m_sectionList = nullptr;
    QStackedWidget* m_sectionStack = nullptr;
    std::array<QPlainTextEdit*, SectionCount> m_sectionEdits {};
    CoachSummaryLabel* m_coachSummary = nullptr; // the blameless-language coach
    QList<StoryPage*> m_storyPages;

    QSet<Section> m_dirtySections;
    QTimer m_writeTimer;
};
