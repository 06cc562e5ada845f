// A finished (or abandoned) play of a level, as it is saved and reviewed.
#pragma once

#include "core/Fsrs.h"
#include "core/Vec2.h"

#include <optional>
#include <string>
#include <vector>

namespace acq {

struct Level;
class MatchingRound;
class NamingRound;
class PlacementRound;

// How an item was asked; the history keeps it with each answer.
enum class AttemptKind { Placement, Matching, Naming, Practice };
const char* kindName(AttemptKind kind); // "placement", "matching", "naming", "practice"

struct ItemResult {
    std::string id;                     // point code or pair id
    double points = 0.0;
    double maxPoints = 0.0;
    bool correct = false;               // the verdict was Right (core/Verdict.h)
    std::optional<double> distanceCun;  // placement only
    std::optional<Vec2> click;          // placement only, map coordinates
    int mistakes = 0;                   // matching only
    bool answered = true;               // matching: the prompt is matched (else still open)
    bool skipped = false;               // placement: skipped, nothing placed
    std::optional<bool> hinted;         // placement: a hint was bought; unknown in old saves
    std::string namedPoint;             // placement: the other point of the level it lies on
    std::string card;                   // the practice card it reviews (CardKey::text); empty: none
    std::optional<Grade> grade;         // its grade (Grades.h), with the card
    bool extra = false;                 // extra practice: recorded with its card, never scheduled
};

struct Attempt {
    AttemptKind kind = AttemptKind::Placement;
    std::string levelId;
    std::string startedAt; // UTC, ISO 8601
    double seconds = 0.0;
    double score = 0.0;
    double maxScore = 0.0;
    bool completed = true;
    std::vector<ItemResult> items;
};

Attempt attemptFrom(const PlacementRound& round, std::string levelId, std::string startedAt, double seconds);
Attempt attemptFrom(const MatchingRound& round, std::string levelId, std::string startedAt, double seconds);
Attempt attemptFrom(const NamingRound& round, std::string levelId, std::string startedAt, double seconds);

// Whether a round's attempt is kept: finished, or anything answered before it was left (a
// placement or naming answer, a matched pair or a wrong pair tried). One rule for every round.
bool worthKeeping(const Attempt& attempt);

// Each answered item's practice card and grade (core/Cards.h, core/Grades.h): every answer in a
// level is a review of its card. `level` is the level the attempt was played on.
void attachReviews(Attempt& attempt, const Level& level);

// Progress of the "name the marked point" mode is kept apart from placement's under this id.
std::string namingProgressId(const std::string& levelId);

} // namespace acq
