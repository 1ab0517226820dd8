#pragma once
// The network formulations an optimisation problem can be written in (the PowerModels idea:
// one network, many formulations; problems pick one). See docs/opf.md.
#include <string>
#include <string_view>

namespace gridcarbon::formulations {

enum class Formulation {
    DC,          // lossless, angles, no reactive power, |V| = 1
    LinDistFlow, // DistFlow without losses: linear in P, Q and v = |V|^2
    SOCR,        // DistFlow with the second-order-cone relaxation of P^2 + Q^2 = v l
};

std::string_view toString(Formulation f);
// "dc", "lindistflow", "socr"; throws Error(BadInput) for anything else.
Formulation parseFormulation(const std::string& text);

} // namespace gridcarbon::formulations
