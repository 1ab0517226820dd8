#include "opf/OpfOptions.h"

#include "util/Error.h"

#include <cmath>
#include <sstream>

namespace gridcarbon::opf {

std::string_view toString(Objective o) {
    switch (o) {
    case Objective::Loss:
        return "loss";
    case Objective::Cost:
        return "cost";
    case Objective::Carbon:
        return "carbon";
    case Objective::Weighted:
        return "weighted";
    }
    return "?";
}

Objective parseObjective(const std::string& text) {
    for (Objective o : {Objective::Loss, Objective::Cost, Objective::Carbon, Objective::Weighted})
        if (text == toString(o))
            return o;
    throw badInput("unknown objective '" + text + "' (loss, cost, carbon or weighted)");
}

ObjectiveWeights parseWeights(const std::string& text) {
    ObjectiveWeights w;
    std::stringstream items(text);
    std::string item;
    while (std::getline(items, item, ',')) {
        const auto eq = item.find('=');
        if (eq == std::string::npos)
            throw badInput("weight '" + item + "': expected NAME=VALUE");
        const std::string name = item.substr(0, eq);
        double value = 0.0;
        try {
            std::size_t used = 0;
            value = std::stod(item.substr(eq + 1), &used);
            if (used != item.size() - eq - 1)
                throw std::invalid_argument(item);
        } catch (const std::exception&) {
            throw badInput("weight '" + item + "': not a number");
        }
        if (!std::isfinite(value) || value < 0.0)
            throw badInput("weight '" + item + "': must be a finite number >= 0");
        if (name == "cost")
            w.cost = value;
        else if (name == "carbon")
            w.carbon = value;
        else if (name == "loss")
            w.loss = value;
        else
            throw badInput("weight '" + item + "': unknown term (cost, carbon or loss)");
    }
    return w;
}

Binaries parseBinaries(const std::string& text) {
    Binaries b;
    if (text == "none" || text.empty())
        return b;
    if (text == "all")
        return Binaries{true, true, true};
    std::stringstream items(text);
    std::string item;
    while (std::getline(items, item, ',')) {
        if (item == "mt")
            b.units = true;
        else if (item == "es")
            b.storage = true;
        else if (item == "cap")
            b.capacitors = true;
        else
            throw badInput("binaries '" + item + "': unknown (mt, es, cap, all or none)");
    }
    return b;
}

const std::vector<NumberOption<OpfOptions>>& opfNumberOptions() {
    static const std::vector<NumberOption<OpfOptions>> options{
        {"cone-tol", "Cone tolerance", "",
         "largest relative second-order-cone violation accepted where no gap can be proven, and "
         "at the integral points of a MILP",
         0.0, 1e-2, true, false, [](const OpfOptions& o) { return o.solve.cone_tolerance; },
         [](OpfOptions& o, double v) {
             o.solve.cone_tolerance = v;
         }},
        {"gap", "Gap", "",
         "relative gap between the proven lower and upper bounds at which a solve stops", 0.0, 1.0,
         false, false, [](const OpfOptions& o) { return o.solve.gap; },
         [](OpfOptions& o, double v) {
             o.solve.gap = v;
         }},
        {"time-limit", "Time limit", "s",
         "seconds before the best solution found is reported (0: none)", 0.0, opt::kInf, false,
         false,
         [](const OpfOptions& o) {
             return std::isinf(o.solve.time_limit_seconds) ? 0.0 : o.solve.time_limit_seconds;
         },
         [](OpfOptions& o, double v) {
             o.solve.time_limit_seconds = v > 0.0 ? v : opt::kInf;
         }},
    };
    return options;
}

} // namespace gridcarbon::opf
