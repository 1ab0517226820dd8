#include "formulations/Formulation.h"

#include "util/Error.h"

namespace gridcarbon::formulations {

std::string_view toString(Formulation f) {
    switch (f) {
    case Formulation::DC:
        return "dc";
    case Formulation::LinDistFlow:
        return "lindistflow";
    case Formulation::SOCR:
        return "socr";
    }
    return "?";
}

Formulation parseFormulation(const std::string& text) {
    for (Formulation f : {Formulation::DC, Formulation::LinDistFlow, Formulation::SOCR})
        if (text == toString(f))
            return f;
    throw badInput("unknown formulation '" + text + "' (dc, lindistflow or socr)");
}

} // namespace gridcarbon::formulations
