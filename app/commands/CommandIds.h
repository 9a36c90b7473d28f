#pragma once

// QUndoCommand::id() values: consecutive commands with the same id may merge.
namespace CommandIds {
inline constexpr int SetStoryField = 1;
inline constexpr int SetSection = 2;
} // namespace CommandIds
