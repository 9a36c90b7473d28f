#pragma once

// QUndoCommand::id() values: consecutive commands with the same id may merge.
namespace CommandIds {
inline constexpr int SetStoryField = 1;
inline constexpr int SetSection = 2;
inline constexpr int EditCause = 20;
inline constexpr int EditLesson = 40;
inline constexpr int EditActionItem = 41;
inline constexpr int EditAward = 42;
inline constexpr int SetRetroField = 60;
inline constexpr int EditRetroCard = 61;
inline constexpr int EditRetroAction = 62;
} // namespace CommandIds
