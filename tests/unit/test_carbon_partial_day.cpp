// One hour of a day that cannot be solved costs that hour, not the day.
#include "TestSupport.h"

#include "carbon/CarbonStudy.h"

#include <gtest/gtest.h>

namespace gridcarbon {
namespace {

constexpr int kCollapsedHour = 14;

// IEEE 33 with DERs whose summer load at 14:00 is eight times its peak: no power flow
// solution exists at that hour (voltage collapse), every other hour is ordinary.
Case withCollapsedHour() {
    Case c = test::bundledCase("ieee33-der");
    for (Profile& p : c.profiles)
        if (p.id == "load")
            for (TypicalDay& d : p.days)
                if (d.name == "summer")
                    d.values[kCollapsedHour] = 8.0;
    return c;
}

std::size_t count(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
        ++n;
    return n;
}

// "the power flow did not converge after 200 iterations: the largest mismatch is 8.63 MVA at
// bus '30'; ...": the bus and the mismatch in MVA, and "did not converge" once. `where` is how
// the message names the hour: in full in an error, only the day in a diagnostic whose item is
// the hour.
void expectNamesHourAndBusOnce(const std::string& message,
                               const std::string& where = "day 'summer' hour 14: ") {
    EXPECT_NE(message.find(where + "the power flow did not converge after "), std::string::npos)
        << message;
    EXPECT_NE(message.find(" iterations: the largest mismatch is "), std::string::npos) << message;
    EXPECT_NE(message.find(" MVA at bus '"), std::string::npos) << message;
    EXPECT_EQ(count(message, "did not converge"), 1u) << message;
    EXPECT_EQ(count(message, "converge"), 1u) << message;
}

TEST(CarbonPartialDay, AHourThatDoesNotConvergeIsADiagnosticAndTheOther23HoursAreKept) {
    const Case c = withCollapsedHour();
    carbon::CarbonStudyOptions o;
    o.day = "summer";
    const carbon::CarbonStudyResult r = carbon::runCarbonStudy(c, o);

    EXPECT_EQ(r.outcome, Outcome::Partial);
    ASSERT_EQ(r.carbon.periods.size(), 23u);
    for (const carbon::CarbonFlowResult& p : r.carbon.periods)
        EXPECT_NE(p.hour, kCollapsedHour);
    ASSERT_EQ(r.carbon.unsolved_hours, std::vector<int>{kCollapsedHour});
    ASSERT_EQ(r.diagnostics.size(), 1u);
    const Diagnostic& d = r.diagnostics.front();
    EXPECT_EQ(d.severity, Diagnostic::Severity::Error);
    EXPECT_EQ(d.item_id, "hour 14"); // named once: "hour 14: the power flow did not converge…"
    expectNamesHourAndBusOnce(d.message, "");
    EXPECT_EQ(d.message.find("hour 14"), std::string::npos) << d.message;
    EXPECT_NE(d.message.find("left out of the carbon totals of day 'summer'"), std::string::npos)
        << d.message;

    // The other hours are those of the unmodified case: hour 13's intensities are unchanged.
    const carbon::CarbonStudyResult intact =
        carbon::runCarbonStudy(test::bundledCase("ieee33-der"), o);
    const carbon::CarbonFlowResult& kept = r.carbon.periods[13];
    const carbon::CarbonFlowResult& reference = intact.carbon.periods[13];
    ASSERT_EQ(kept.hour, 13);
    for (std::size_t i = 0; i < kept.buses.size(); ++i)
        EXPECT_NEAR(kept.buses[i].intensity_t_per_mwh, reference.buses[i].intensity_t_per_mwh,
                    1e-9);
    // The carbon balance closes over the hours that were traced.
    EXPECT_LT(r.carbon.totals.balance_error, 1e-9);
}

TEST(CarbonPartialDay, AskingForTheFailedHourAloneFailsNamingIt) {
    const Case c = withCollapsedHour();
    carbon::CarbonStudyOptions o;
    o.day = "summer";
    o.hour = kCollapsedHour;
    std::string message;
    EXPECT_EQ(test::errorOf([&] { carbon::runCarbonStudy(c, o); }, &message), ErrorCode::Failed);
    expectNamesHourAndBusOnce(message);

    o.hour = 15; // another hour of the same day is fine
    const carbon::CarbonStudyResult r = carbon::runCarbonStudy(c, o);
    ASSERT_EQ(r.carbon.periods.size(), 1u);
    EXPECT_EQ(r.carbon.periods.front().hour, 15);
    EXPECT_EQ(r.outcome, Outcome::Complete);
}

} // namespace
} // namespace gridcarbon
