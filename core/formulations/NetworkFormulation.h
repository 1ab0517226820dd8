#pragma once
// Adds a network's variables and constraints for T periods to an opt::Model in one of the
// formulations of docs/opf.md. A problem adds its devices' injections to an Injections table
// and then closes the balance rows; nothing here knows about devices or objectives.
#include "formulations/Formulation.h"
#include "formulations/NetworkData.h"
#include "opt/Model.h"
#include "opt/Solve.h"

#include <vector>

namespace gridcarbon::formulations {

// Per period t and bus/branch index. Empty where the formulation has no such variable
// (v and l in DC; theta outside DC; q in DC; l in LinDistFlow).
struct NetworkVariables {
    Formulation formulation = Formulation::SOCR;
    int periods = 0;
    std::vector<std::vector<opt::Var>> v;     // squared voltage magnitude
    std::vector<std::vector<opt::Var>> theta; // voltage angle (DC)
    std::vector<std::vector<opt::Var>> p;     // from-side active power into the series branch
    std::vector<std::vector<opt::Var>> q;     // from-side reactive power
    std::vector<std::vector<opt::Var>> l;     // squared series current
};

// Net injections (generation minus load), p.u., [period][bus]; constants for fixed loads.
struct Injections {
    std::vector<std::vector<opt::Affine>> p;
    std::vector<std::vector<opt::Affine>> q;
    Injections(int periods, std::size_t buses)
        : p(periods, std::vector<opt::Affine>(buses)), q(periods, std::vector<opt::Affine>(buses)) {
    }
};

// Balance rows [period][bus]; q is empty in DC. Their duals are d objective / d load (p.u.).
struct BalanceRows {
    std::vector<std::vector<opt::Row>> p;
    std::vector<std::vector<opt::Row>> q;
};

// `flowLimit` (p.u., > 0) bounds every |P|, |Q| (and so l): a structural bound no feasible
// flow reaches, which keeps the model bounded as the MILP outer approximation requires.
NetworkVariables addNetwork(opt::Model& model, const NetworkData& net, Formulation f, int periods,
                            double flowLimit);

BalanceRows addBalance(opt::Model& model, const NetworkData& net, const NetworkVariables& vars,
                       const Injections& injections);

// |V|^2 of a bus as an expression: the variable, or 1 in DC.
opt::Affine voltageSquared(const NetworkVariables& vars, int period, std::size_t bus);

// Series losses sum r l of one period, p.u. (zero in the lossless formulations).
opt::Affine seriesLosses(const NetworkData& net, const NetworkVariables& vars, int period);

// (v_from / tau^2) l - P^2 - Q^2 per [period][branch] at a solution (SOCR; zeros otherwise).
std::vector<std::vector<double>>
relaxationGaps(const NetworkData& net, const NetworkVariables& vars, const opt::Solution& solution);

} // namespace gridcarbon::formulations
