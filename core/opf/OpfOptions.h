#pragma once
// What a multi-period OPF is asked to do (docs/opf.md): formulation, objective, the typical
// day, which on/off decisions are integer, and the solver settings.
#include "formulations/Formulation.h"
#include "operation/Binaries.h"
#include "opt/Solve.h"
#include "util/OptionDescriptor.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace gridcarbon::opf {

enum class Objective { Loss, Cost, Carbon, Weighted };

std::string_view toString(Objective o);
// "loss", "cost", "carbon", "weighted"; throws Error(BadInput) otherwise.
Objective parseObjective(const std::string& text);

// Weighted objective: cost + carbon * carbon_weight + loss * loss_weight. Unset weights take
// the case's economics (carbon price per t, loss price per MWh); cost's weight defaults to 1.
struct ObjectiveWeights {
    std::optional<double> cost;
    std::optional<double> carbon;
    std::optional<double> loss;
};
// "cost=1,carbon=80,loss=500" (any subset); throws Error(BadInput) naming the bad item.
ObjectiveWeights parseWeights(const std::string& text);

using operation::Binaries;
// "mt,es,cap", "all" or "none"; throws Error(BadInput) otherwise.
Binaries parseBinaries(const std::string& text);

struct OpfOptions {
    formulations::Formulation formulation = formulations::Formulation::SOCR;
    Objective objective = Objective::Loss;
    ObjectiveWeights weights;
    std::string day; // empty: one period at the base values
    Binaries binaries;
    opt::SolveOptions solve;
    bool recover_ac = true; // run a power flow of every period at the optimum
    // Where to write the model as built, before it is solved (empty: nowhere): `.mps` for the
    // exact conic MPS (opt::writeMps), `.lp` for its LP relaxation (opt::writeLp). runOpf
    // refuses any other extension with Error(BadInput) naming the file before it builds.
    std::filesystem::path write_model;
};

// The OPF's numeric settings, for the CLI's flags and the GUI's forms.
const std::vector<NumberOption<OpfOptions>>& opfNumberOptions();

} // namespace gridcarbon::opf
