// JSON fragments shared by the json and sarif emitters.
#pragma once
#include <nlohmann/json.hpp>
#include <optional>

#include "lint/located.hpp"

namespace merrow::lint {

nlohmann::json position_json(const Position& position);       // {"line", "column"}
nlohmann::json fix_json(const std::optional<LocatedFix>& fix);  // null or {"message", "applicability", "edits"}

}  // namespace merrow::lint
