// The native case file: round trip, and every kind of bad document naming its JSON path.
#include "io/CaseJson.h"
#include "io/TextFile.h"
#include "model/Validate.h"
#include "util/Error.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <limits>

using namespace gridcarbon;
using nlohmann::json;

namespace {

json feeder5Json() {
    return json::parse(readTextFile(GRIDCARBON_TEST_DATA "/feeder5.json"));
}

// The message of the BadInput error reading `doc` gives, or a test failure.
std::string rejection(const std::string& doc) {
    try {
        readCaseJson(doc);
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::BadInput);
        EXPECT_EQ(std::string(e.what()).find('\n'), std::string::npos) << "one line";
        return e.what();
    }
    ADD_FAILURE() << "accepted a bad document";
    return {};
}

std::string rejectionOf(const json& doc) {
    return rejection(doc.dump());
}

} // namespace

TEST(CaseJson, RoundTripKeepsEveryField) {
    Case c = loadCaseJson(GRIDCARBON_TEST_DATA "/feeder5.json");
    c.buses[0].position = Point{1.5, -2.25};
    c.profiles.push_back(
        Profile{"load",
                ProfileQuantity::Load,
                {TypicalDay{"spring", 91, {0.5, 0.25}}, TypicalDay{"summer", 92, {1, 0.75}}}});
    c.loads[0].profile = "load";
    c.generators[1].candidate = true;
    c.generators[1].candidate_max_mw = 2.5;
    c.economics.carbon_price_per_t = 80;
    c.economics.daily_carbon_cap_t = 50;
    EXPECT_EQ(readCaseJson(writeCaseJson(c)), c);
}

TEST(CaseJson, DailyCarbonCapRoundTripsAndIsOptional) {
    Case c = loadCaseJson(GRIDCARBON_TEST_DATA "/feeder5.json");
    EXPECT_EQ(c.economics.daily_carbon_cap_t, 0.0) << "absent: no cap";
    c.economics.daily_carbon_cap_t = 50.0;
    const std::string text = writeCaseJson(c);
    EXPECT_EQ(json::parse(text)["economics"]["daily_carbon_cap_t"], 50.0);
    const Case back = readCaseJson(text);
    EXPECT_EQ(back.economics.daily_carbon_cap_t, 50.0);
    EXPECT_EQ(back, c);
    c.economics.daily_carbon_cap_t = 0.0; // no cap: not written, so older readers still read it
    EXPECT_FALSE(json::parse(writeCaseJson(c))["economics"].contains("daily_carbon_cap_t"));
}

TEST(CaseJson, NegativeOrNonNumericDailyCarbonCapIsRefusedByName) {
    json d = feeder5Json();
    d["economics"]["daily_carbon_cap_t"] = -1.0;
    EXPECT_NE(rejectionOf(d).find("$.economics.daily_carbon_cap_t: must be at least 0 (got -1)"),
              std::string::npos);
    d["economics"]["daily_carbon_cap_t"] = "fifty";
    EXPECT_NE(rejectionOf(d).find("$.economics.daily_carbon_cap_t: expected a number"),
              std::string::npos);
    Case c = loadCaseJson(GRIDCARBON_TEST_DATA "/feeder5.json");
    c.economics.daily_carbon_cap_t = std::numeric_limits<double>::infinity();
    const auto problems = validateCase(c);
    ASSERT_FALSE(problems.empty());
    EXPECT_EQ(problems.front().path, "economics.daily_carbon_cap_t");
}

TEST(CaseJson, SaveIsAtomicAndLeavesNoTemporaryFiles) {
    const auto dir = std::filesystem::temp_directory_path() / "gridcarbon-save-test";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const Case c = loadCaseJson(GRIDCARBON_TEST_DATA "/feeder5.json");
    saveCaseJson(c, dir / "a.json");
    saveCaseJson(c, dir / "a.json");
    EXPECT_EQ(loadCaseJson(dir / "a.json"), c);
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir), {}), 1);
    std::filesystem::remove_all(dir);
}

TEST(CaseJson, SaveIntoMissingDirectoryNamesTheFile) {
    try {
        saveCaseJson(Case{}, "/nonexistent-dir/x.json");
        FAIL();
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("/nonexistent-dir/x.json"), std::string::npos);
    }
}

TEST(CaseJson, MalformedJsonSaysWhere) {
    EXPECT_NE(rejection("{\"format\": \"gridcarbon-case\", ").find("malformed JSON at byte"),
              std::string::npos);
    EXPECT_NE(rejection("").find("$"), std::string::npos);
    EXPECT_NE(rejection("[1,2]").find("$: expected an object"), std::string::npos);
}

TEST(CaseJson, WrongFormatOrVersionIsRefused) {
    json d = feeder5Json();
    d["format"] = "something-else";
    EXPECT_NE(rejectionOf(d).find("$.format"), std::string::npos);
    d = feeder5Json();
    d["version"] = 99;
    EXPECT_NE(rejectionOf(d).find("$.version: unsupported version 99"), std::string::npos);
}

TEST(CaseJson, WrongTypesNameTheirPath) {
    json d = feeder5Json();
    d["branches"][2]["r_pu"] = "small";
    // After the path, an element's field is named by its property label.
    EXPECT_NE(rejectionOf(d).find("$.branches[2].r_pu: resistance must be a number"),
              std::string::npos);
    d = feeder5Json();
    d["loads"][1].erase("p_mw");
    EXPECT_NE(rejectionOf(d).find("$.loads[1]: missing required field 'p_mw' (peak active power)"),
              std::string::npos);
    d = feeder5Json();
    d["capacitors"][0]["layer"] = "attic";
    EXPECT_NE(rejectionOf(d).find("$.capacitors[0].layer: compensation layer 'attic' is not one "
                                  "of user, distribution-station-area, line, substation"),
              std::string::npos);
    d = feeder5Json();
    d["branches"][1]["in_service"] = "yes";
    EXPECT_NE(rejectionOf(d).find("$.branches[1].in_service: in service must be true or false"),
              std::string::npos);
    d = feeder5Json();
    d["branches"][1]["from"] = "";
    EXPECT_NE(rejectionOf(d).find("$.branches[1].from: from bus must be a non-empty id"),
              std::string::npos);
    d = feeder5Json();
    d["buses"] = json::object();
    EXPECT_NE(rejectionOf(d).find("$.buses: expected an array"), std::string::npos);
}

TEST(CaseJson, UnknownBusIdIsNamed) {
    json d = feeder5Json();
    d["branches"][1]["to"] = "99";
    EXPECT_NE(rejectionOf(d).find("$.branches[1].to: to bus '99' does not exist"),
              std::string::npos);
    d = feeder5Json();
    d["generators"][1]["bus"] = "nowhere";
    EXPECT_NE(rejectionOf(d).find("$.generators[1].bus: bus 'nowhere' does not exist"),
              std::string::npos);
}

TEST(CaseJson, DuplicateIdsAreNamed) {
    json d = feeder5Json();
    d["buses"][3]["id"] = "2";
    EXPECT_NE(rejectionOf(d).find("$.buses[3].id: duplicate id '2'"), std::string::npos);
    d = feeder5Json();
    d["storages"][0]["id"] = "PV4";
    EXPECT_NE(rejectionOf(d).find("$.storages[0].id: duplicate id 'PV4'"), std::string::npos);
}

TEST(CaseJson, NegativeOrZeroImpedanceIsRefused) {
    json d = feeder5Json();
    d["branches"][0]["r_pu"] = -0.01;
    EXPECT_NE(rejectionOf(d).find("$.branches[0].r_pu: resistance must be at least 0 (got -0.01)"),
              std::string::npos);
    d = feeder5Json();
    d["branches"][0]["r_pu"] = 0;
    d["branches"][0]["x_pu"] = 0;
    EXPECT_NE(rejectionOf(d).find(
                  "$.branches[0].x_pu: zero impedance: resistance and reactance are both 0"),
              std::string::npos);
    d = feeder5Json();
    d["branches"][1]["tap"] = 0;
    EXPECT_NE(rejectionOf(d).find("$.branches[1].tap: tap ratio must be greater than 0 (got 0)"),
              std::string::npos);
}

TEST(CaseJson, OutOfRangeValuesAreRefusedInTheFieldsWords) {
    struct Edit {
        const char* collection;
        int index;
        const char* key;
        json value;
        const char* message; // the whole message after "$."
    };
    const Edit edits[] = {
        {"storages", 0, "soc_initial", 1.5,
         "storages[0].soc_initial: needs 0 ≤ minimum state of charge ≤ initial state of charge ≤ "
         "maximum state of charge ≤ 1 (got 0.1, 1.5, 0.9)"},
        {"storages", 0, "eta_discharge", 1.5,
         "storages[0].eta_discharge: discharging efficiency must be greater than 0 and at most 1 "
         "(got 1.5)"},
        {"capacitors", 0, "steps_on", 9,
         "capacitors[0].steps_on: steps switched on must be between 0 and the bank's 4 steps "
         "(got 9)"},
        {"generators", 1, "p_min_mw", 5,
         "generators[1].p_min_mw: minimum active power exceeds maximum active power (5 > 1 MW)"},
        {"buses", 1, "vmin_pu", 1.2,
         "buses[1].vmin_pu: needs 0 < minimum voltage ≤ maximum voltage (got 1.2 and 1.1 p.u.)"},
        {"loads", 0, "profile", "missing",
         "loads[0].profile: load profile 'missing' does not exist"},
    };
    for (const Edit& e : edits) {
        json d = feeder5Json();
        d[e.collection][e.index][e.key] = e.value;
        EXPECT_EQ(rejectionOf(d), std::string("$.") + e.message);
    }
    json d = feeder5Json();
    d["base_mva"] = 0;
    EXPECT_NE(rejectionOf(d).find("$.base_mva"), std::string::npos);
}

TEST(CaseJson, UnreadableFileIsNamed) {
    try {
        loadCaseJson("/no/such/case.json");
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(std::string(e.what()), "/no/such/case.json: cannot open file");
    }
}

TEST(CaseJson, NumberBeyondDoubleRangeIsRefusedNotThrownThrough) {
    EXPECT_NE(
        rejection("{\"format\":\"gridcarbon-case\",\"version\":1E333}").find("$: unreadable JSON"),
        std::string::npos);
}

TEST(CaseJson, MisspeltFieldIsRefusedRatherThanIgnored) {
    json d = feeder5Json();
    d["generators"][0]["contol"] = "slack";
    EXPECT_NE(rejectionOf(d).find("$.generators[0]: unknown field 'contol'"), std::string::npos);
    d = feeder5Json();
    d["busses"] = json::array();
    EXPECT_NE(rejectionOf(d).find("$: unknown field 'busses'"), std::string::npos);
}

TEST(CaseJson, RoundTripKeepsValuesThatTheControlModeDoesNotUse) {
    Case c = loadCaseJson(GRIDCARBON_TEST_DATA "/feeder5.json");
    c.generators[1].vm_pu = 1.02; // a power-controlled unit
    c.generators[1].va_deg = 3.0;
    c.storages[0].candidate_max_mw = 1.0; // not a candidate, yet a value
    EXPECT_EQ(readCaseJson(writeCaseJson(c)), c);
}

TEST(CaseJson, InvalidUtf8NamesAreReplacedNotFatal) {
    Case c = loadCaseJson(GRIDCARBON_TEST_DATA "/feeder5.json");
    c.buses[0].name = "Bus \xb1\xe4"; // GBK bytes, not UTF-8
    const std::string text = writeCaseJson(c);
    EXPECT_NE(readCaseJson(text).buses[0].name.find("Bus "), std::string::npos);
}

TEST(CaseJson, InfiniteSetPointsAndPositionsAreRefusedBeforeTheyReachAFile) {
    Case c = loadCaseJson(GRIDCARBON_TEST_DATA "/feeder5.json");
    c.generators[0].vm_pu = std::numeric_limits<double>::infinity();
    EXPECT_THROW(requireValid(c, "$"), Error);
    c = loadCaseJson(GRIDCARBON_TEST_DATA "/feeder5.json");
    c.buses[1].position = Point{std::numeric_limits<double>::infinity(), 0.0};
    EXPECT_THROW(requireValid(c, "$"), Error);
}
