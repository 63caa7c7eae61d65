package io.retention4j.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retention4j.core.time.TimeScale;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved models load back with the same parameters, unit, report and predictions. */
class ModelJsonTest {

    @Test
    void writeRead_fittedBgNbd_roundTripsParametersUnitReportAndPredictions(@TempDir Path dir) throws IOException {
        BgNbdModel fit = BgNbd.fit(ClvFixtures.cdnowSummary());
        Path file = dir.resolve("bgnbd.json");
        ModelJson.write(fit, file);
        BgNbdModel loaded = (BgNbdModel) ModelJson.read(file);
        assertThat(loaded.parameters()).isEqualTo(fit.parameters());
        assertThat(loaded.unit()).isEqualTo(TimeScale.WEEKS);
        assertThat(loaded.report()).isEqualTo(fit.report());
        assertThat(loaded.conditionalExpectedPurchases(39, 2, 30.43, 38.86))
                .isEqualTo(fit.conditionalExpectedPurchases(39, 2, 30.43, 38.86));
        assertThat(loaded.report().orElseThrow().standardError("r"))
                .isEqualTo(fit.report().orElseThrow().standardError("r"));
    }

    @Test
    void fromJson_everyModelKind_roundTripsParametersAndReport() {
        for (FittedModel model : new FittedModel[] {
            MbgNbd.fit(ClvFixtures.cdnowSummary()),
            ParetoNbd.fit(ClvFixtures.cdnowSummary()),
            MbgNbdModel.of(0.5, 6, 0.9, 1.6, TimeScale.DAYS),
            BgBbModel.of(1.2, 0.75, 0.66, 2.78),
            SbgModel.of(0.7, 1.18),
            GammaGamma.fit(GammaGammaCdnowTest.cdnowWithSpend())}) {
            FittedModel loaded = ModelJson.fromJson(ModelJson.toJson(model));
            assertThat(loaded).as(model.name()).isInstanceOf(model.getClass());
            assertThat(loaded.parameters()).as(model.name()).isEqualTo(model.parameters());
            assertThat(loaded.report()).as(model.name()).isEqualTo(model.report());
        }
    }

    @Test
    void toJson_modelFromParameters_hasNoReportAndKeepsAStatedUnit() {
        BgNbdModel model = BgNbdModel.of(0.5, 20, 1.2, 3, TimeScale.months(30));
        String json = ModelJson.toJson(model);
        assertThat(json).contains("\"model\" : \"BG/NBD\"").contains("\"days\" : 30.0").doesNotContain("report");
        BgNbdModel loaded = (BgNbdModel) ModelJson.fromJson(json);
        assertThat(loaded.unit()).isEqualTo(TimeScale.months(30));
        assertThat(loaded.report()).isEmpty();
        assertThat(loaded.expectedPurchases(12)).isEqualTo(model.expectedPurchases(12));
    }

    @Test
    void fromJson_badDocuments_sayWhatIsWrong() {
        assertThatThrownBy(() -> ModelJson.fromJson("{\"model\":\"BG/NBD\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a saved retention4j model");
        assertThatThrownBy(() -> ModelJson.fromJson("{\"format\":\"retention4j-model\",\"version\":1,"
                + "\"model\":\"X\",\"parameters\":{}}")).hasMessageContaining("unknown model 'X'");
        assertThatThrownBy(() -> ModelJson.fromJson("{\"format\":\"retention4j-model\",\"version\":1,"
                + "\"model\":\"BG/NBD\",\"parameters\":{\"r\":1},\"unit\":{\"name\":\"weeks\"}}"))
                .hasMessageContaining("needs parameter 'alpha'");
        assertThatThrownBy(() -> ModelJson.fromJson("{\"format\":\"retention4j-model\",\"version\":9}"))
                .hasMessageContaining("version 9 is not supported");
        assertThatThrownBy(() -> ModelJson.fromJson("{oops")).hasMessageContaining("not valid JSON");
    }
}
