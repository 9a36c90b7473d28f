// The story editor's pages beside the sections, in navigator order. Each feature adds its page here.
#include "story/StoryEditor.h"
#include "story/StoryPage.h"

void StoryEditor::addStoryPages() { }
