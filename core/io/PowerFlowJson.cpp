#include "io/PowerFlowJson.h"

#include "io/CsvTable.h"
#include "io/EngineResultJson.h"

#include <nlohmann/json.hpp>

namespace gridcarbon {

std::string powerFlowJson(const PowerFlowResult& r) {
    using json = nlohmann::ordered_json;
    json buses = json::array();
    for (const BusState& b : r.buses) {
        json j{{"id", b.id}, {"vm_pu", b.vm_pu}, {"va_deg", b.va_deg}};
        if (!b.energised)
            j["energised"] = false;
        buses.push_back(std::move(j));
    }
    json branches = json::array();
    for (const BranchFlow& f : r.branches)
        branches.push_back({{"id", f.id},
                            {"from", f.from},
                            {"to", f.to},
                            {"in_service", f.in_service},
                            {"p_from_mw", f.p_from_mw},
                            {"q_from_mvar", f.q_from_mvar},
                            {"p_to_mw", f.p_to_mw},
                            {"q_to_mvar", f.q_to_mvar},
                            {"loss_kw", f.loss_kw},
                            {"loss_kvar", f.loss_kvar}});
    json generators = json::array();
    for (const GeneratorOutput& g : r.generators)
        generators.push_back({{"id", g.id}, {"p_mw", g.p_mw}, {"q_mvar", g.q_mvar}});
    json out{{"converged", r.converged},
             {"method", std::string(toString(r.method))},
             {"iterations", r.iterations},
             {"max_mismatch_pu", r.max_mismatch_pu},
             {"total_loss_kw", r.total_loss_kw},
             {"total_loss_kvar", r.total_loss_kvar},
             {"min_vm_pu", r.min_vm_pu},
             {"min_vm_bus", r.min_vm_bus},
             {"max_vm_pu", r.max_vm_pu},
             {"max_vm_bus", r.max_vm_bus},
             {"seconds", r.seconds},
             {"buses", buses},
             {"branches", branches},
             {"generators", generators}};
    writeEngineResult(r, out);
    // Ids come from user files: replace invalid UTF-8 rather than fail the whole output.
    return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

CsvTable powerFlowBusTable(const PowerFlowResult& r) {
    CsvTable t{{"bus", "vm_pu", "va_deg", "energised"}, {}};
    for (const BusState& b : r.buses)
        t.rows.push_back({b.id, csvNumber(b.vm_pu), csvNumber(b.va_deg), csvBool(b.energised)});
    return t;
}

CsvTable powerFlowBranchTable(const PowerFlowResult& r) {
    CsvTable t{{"branch", "from", "to", "in_service", "p_from_mw", "q_from_mvar", "p_to_mw",
                "q_to_mvar", "loss_kw", "loss_kvar"},
               {}};
    for (const BranchFlow& f : r.branches)
        t.rows.push_back({f.id, f.from, f.to, csvBool(f.in_service), csvNumber(f.p_from_mw),
                          csvNumber(f.q_from_mvar), csvNumber(f.p_to_mw), csvNumber(f.q_to_mvar),
                          csvNumber(f.loss_kw), csvNumber(f.loss_kvar)});
    return t;
}

CsvTable powerFlowUnitTable(const PowerFlowResult& r) {
    CsvTable t{{"unit", "p_mw", "q_mvar"}, {}};
    for (const GeneratorOutput& g : r.generators)
        t.rows.push_back({g.id, csvNumber(g.p_mw), csvNumber(g.q_mvar)});
    return t;
}

} // namespace gridcarbon
