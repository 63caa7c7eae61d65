package io.retention4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The personalisation example runs on its seeded synthetic shop and prints the same report every time. */
class PersonalisationTest {

    @Test
    void main_syntheticShop_recommendsEvaluatesAndRendersTwoRegisters() throws Exception {
        String report = ExampleRuns.output(Personalisation::main);
        assertThat(report)
                .contains("Synthetic data (seeded, not real): SyntheticShop[Catalog[500 items, 20 categories], "
                        + "Interactions[120000 rows (60000 purchases, 60000 views), 5000 customers, 500 items]]")
                .contains("Recommendations for c0 as of 2026-01-01T00:00:00Z:\n  1. ")
                .contains("(because you bought ")
                // the newcomer has no history: its segment's popular items fill every slot
                .contains("Recommendations for newcomer as of 2026-01-01T00:00:00Z:\n  1. ")
                .contains("(popular in your segment 'taste-3')")
                // the model beats popularity on the holdout (seeded data: the figures are fixed)
                .contains("  precision@10       0.0644       0.0323    1.99x")
                .contains("  MAP@10             0.1766       0.0917    1.93x")
                // the consumer gets the casual register, the business account the formal one with the name fallback
                .contains("[email en-GB casual win-back-casual -> c4000] Hey Sam, it's been a while! Picked for you: ")
                .contains("[email en-GB formal win-back-formal -> c0] Dear customer, we would be glad to serve you again.")
                .contains("- comeback-10: not eligible (attribute customerType = b2c)");
    }

    @Test
    void main_twice_sameOutput() throws Exception {
        assertThat(ExampleRuns.output(Personalisation::main)).isEqualTo(ExampleRuns.output(Personalisation::main));
    }
}
