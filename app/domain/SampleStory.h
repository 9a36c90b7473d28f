#pragma once

#include "domain/Story.h"

namespace SampleStory {
// The story a new library starts with, in the current UI language (strings go through
// QCoreApplication::translate("SampleStory", ...)). Times are UTC; id is 0 (not stored yet).
Story create();
} // namespace SampleStory
