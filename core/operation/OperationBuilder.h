#pragma once
// The one builder of operation problems: a case's network in one formulation over a horizon,
// its devices with their limits, the nodal balance, and the day's loss, cost and carbon as
// expressions. Every study builds through it and then adds what is its own: the OPF sets an
// objective; the operating region adds observed loads as variables and a carbon cap; dispatch,
// planning and market add their own variables, injections and rows.
//
//   OperationBuilder b(c, horizon, spec);
//   Var x = b.model().addVariable(...);          // extra variables
//   b.injections().p[t][bus].add(x, -1.0);       // extra injections, before close()
//   OperationProblem p = b.close();              // balance rows, loss, cost, carbon
//   p.model.addRow(p.carbon, -kInf, cap, ...);   // extra rows on the closed problem
#include "formulations/NetworkFormulation.h"
#include "model/Case.h"
#include "operation/Binaries.h"
#include "operation/DeviceConstraints.h"
#include "operation/Horizon.h"
#include "opt/Model.h"

#include <optional>
#include <vector>

namespace gridcarbon::operation {

struct OperationSpec {
    formulations::Formulation formulation = formulations::Formulation::SOCR;
    Binaries binaries;
    bool quadratic_cost = false; // add the p^2 epigraphs a cost objective needs
    // Added to the structural flow bound (p.u.) for injections the builder cannot see, such
    // as loads that a study turns into variables.
    double extra_flow_bound_pu = 0.0;
};

struct OperationProblem {
    opt::Model model;
    Horizon horizon;
    formulations::NetworkData net;
    formulations::NetworkVariables vars;
    DeviceVariables devices;
    formulations::BalanceRows balance;
    std::vector<opt::Affine> period_loss; // p.u. per period (zero when lossless)
    opt::Affine loss;                     // MWh over the horizon
    opt::Affine cost;                     // the case's currency
    opt::Affine carbon;                   // tCO2
};

class OperationBuilder {
public:
    // Adds the network and the devices; throws Error(BadInput) for an invalid case.
    OperationBuilder(const Case& c, Horizon horizon, const OperationSpec& spec);

    opt::Model& model() { return problem_.model; }
    const OperationProblem& problem() const { return problem_; }
    // Net injections per [period][bus], p.u.: the fixed loads and the devices so far.
    formulations::Injections& injections() { return *injections_; }

    // Closes the balance rows on the injections and forms the loss, cost and carbon
    // expressions. The builder is spent afterwards.
    OperationProblem close();

private:
    const Case& case_;
    OperationProblem problem_;
    std::optional<formulations::Injections> injections_;
};

} // namespace gridcarbon::operation
