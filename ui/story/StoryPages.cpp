// The story editor's pages beside the sections, in navigator order. Each feature adds its page here.
#include "story/StoryEditor.h"

#include "analysis/ActionItemsPage.h"
#include "analysis/CauseTreePage.h"
#include "analysis/LessonsPage.h"
#include "analysis/PeoplePage.h"
#include "analysis/TimelinePage.h"
#include "story/AwardsPage.h"
#include "story/StoryPage.h"

void StoryEditor::addStoryPages()
{
    addPage(tr("Timeline"), new TimelinePage(this));
    addPage(tr("Root causes"), new CauseTreePage(this));
    addPage(tr("Lessons learned"), new LessonsPage(this));
    addPage(tr("Action items"), new ActionItemsPage(this));
    addPage(tr("People involved"), new PeoplePage(this));
    addPage(tr("Awards"), new AwardsPage(this));
}
