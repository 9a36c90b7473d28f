#pragma once

#include "story/StoryPage.h"

#include <QPointer>

class AwardModel;
class QPushButton;
class QTableView;

// "Awards": the hall of fame entries of a story ("Most instructive mistake of 2026") with a
// citation saying what the failure taught. The handbook lists them on its hall-of-fame page.
class AwardsPage : public StoryPage
{
    Q_OBJECT

public:
    explicit AwardsPage(QWidget* parent = nullptr);

    void setDocument(StoryDocument* document) override;
    void setReadOnly(bool readOnly) override;
    QTableView* view() const { return m_view; }

    void addAward();
    void removeCurrent();

private:
    void updateButtons();

    QPointer<AwardModel> m_model;
    bool m_readOnly = false;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_remove;
};
