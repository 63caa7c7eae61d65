package io.retention4j.loyalty.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad program documents: each gets a {@link ProgramFormatException} that says what is wrong and where. */
class ProgramJsonErrorsTest {
    private static final String HEAD = "{\"name\": \"p\", \"zone\": \"UTC\", \"currency\": \"EUR\", ";

    private static ProgramFormatException rejected(String json) {
        ProgramFormatException e = catchThrowableOfType(ProgramFormatException.class, () -> LoyaltyProgram.fromJson(json));
        assertThat(e).as("fromJson should reject %s", json).isNotNull();
        assertThat(e.getMessage()).startsWith("<json>: ");
        return e;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            same requirements        | [{"metric": "SPEND", "minimum": 500}] | [{"metric": "SPEND", "minimum": 500.00}] | both require [spend >= 500] | more of some metric
            higher tier requires less | [{"metric": "SPEND", "minimum": 500}, {"metric": "ORDERS", "minimum": 5}] | [{"metric": "SPEND", "minimum": 1500}, {"metric": "ORDERS", "minimum": 4}] | 'silver' requires orders >= 5 | requires only orders >= 4
            higher tier lacks a metric | [{"metric": "EVENTS", "eventType": "review", "minimum": 3}] | [{"metric": "SPEND", "minimum": 1500}] | 'silver' requires review events >= 3 | no review events requirement
            """)
    void fromJson_overlappingTiers_namesTiersBothIdsAndTheRequirements(String what, String silver, String gold,
                                                                       String lower, String higher) {
        ProgramFormatException e = rejected(HEAD + "\"tiers\": {\"tiers\": [{\"id\": \"member\"}, {\"id\": \"silver\","
                + " \"requirements\": " + silver + "}, {\"id\": \"gold\", \"requirements\": " + gold + "}]}}");
        assertThat(e.path()).as(what).isEqualTo("tiers");
        assertThat(e.getMessage()).as(what)
                .contains("at tiers: tiers 'silver' and 'gold' overlap", lower, higher);
    }

    @Test
    void fromJson_overlapAcrossAnInvitationOnlyTier_comparesTheQualifyingTiers() {
        String json = HEAD + "\"tiers\": {\"tiers\": [{\"id\": \"member\"},"
                + " {\"id\": \"silver\", \"requirements\": [{\"metric\": \"ORDERS\", \"minimum\": 10}]},"
                + " {\"id\": \"vip\", \"invitationOnly\": true},"
                + " {\"id\": \"gold\", \"requirements\": [{\"metric\": \"ORDERS\", \"minimum\": 9}]}]}}";
        ProgramFormatException e = rejected(json);
        assertThat(e.getMessage()).contains("'silver'", "'gold'", "orders >= 10", "orders >= 9").doesNotContain("'vip'");
    }

    @Test
    void fromJson_tierAboveBaseWithoutRequirements_namesIt() {
        ProgramFormatException e = rejected(HEAD + "\"tiers\": {\"tiers\": [{\"id\": \"member\"}, {\"id\": \"silver\"}]}}");
        assertThat(e.path()).isEqualTo("tiers");
        assertThat(e.getMessage()).contains("'silver'", "base tier");
    }

    @Test
    void fromJson_unknownTopLevelField_namesFieldLineAndKnownFields() {
        ProgramFormatException e = rejected(HEAD + "\n \"colour\": \"red\"}");
        assertThat(e.path()).isEqualTo("colour");
        assertThat(e.getMessage()).contains("unknown field \"colour\"", "LoyaltyProgram", "near line 2, column",
                "[campaigns, currency, earnRules, expiry, goals, name, pendingPeriod, referral, refundShortfall,"
                        + " rewards, spendOrder, tiers, zone]");
    }

    @Test
    void fromJson_unknownNestedField_namesItsPathAndRecord() {
        ProgramFormatException e = rejected(HEAD + "\"rewards\": [{\"id\": \"r\", \"cost\": 5, \"prize\": 1}]}");
        assertThat(e.path()).isEqualTo("rewards[0].prize");
        assertThat(e.getMessage()).contains("unknown field \"prize\"", "in Reward", "minimumTier");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            number as text          | "earnRules": [{"id": "e", "kind": "EVENT", "eventType": "x", "points": "50"}] | earnRules[0].points         | String value ("50") to `long`
            fraction for a count    | "goals": [{"id": "g", "kind": "STREAK", "count": 1.5}]                        | goals[0].count              | Floating-point value (1.5) to `int`
            fraction for points     | "campaigns": {"birthdayPoints": 10.0}                                         | campaigns.birthdayPoints    | Floating-point value (10.0) to `long`
            number for an enum      | "spendOrder": 1                                                               | spendOrder                  | from number 1
            unknown enum constant   | "spendOrder": "NEWEST_FIRST"                                                  | spendOrder                  | String "NEWEST_FIRST"
            number for a flag       | "referral": {"friendPoints": 5, "afterPending": 1}                            | referral.afterPending       | Integer value (1) to `boolean`
            text for a flag         | "referral": {"friendPoints": 5, "afterPending": "yes"}                        | referral.afterPending       | String value ("yes") to `boolean`
            empty text for a number | "rewards": [{"id": "r", "cost": 5, "stock": ""}]                              | rewards[0].stock            | empty String ("")
            text for a decimal      | "earnRules": [{"id": "b", "kind": "BASE_RATE", "pointsPerUnit": "1.5"}]        | earnRules[0].pointsPerUnit  | String value ("1.5")
            too large for a long    | "rewards": [{"id": "r", "cost": 99999999999999999999}]                         | rewards[0].cost             | (99999999999999999999) out of range of long
            too large for an int    | "rewards": [{"id": "r", "cost": 5, "perCustomerLimit": 3000000000}]            | rewards[0].perCustomerLimit | (3000000000) out of range of int
            array for an object     | "campaigns": [1]                                                               | campaigns                   | CampaignRules` from Array value
            object for a list       | "goals": {"id": "g"}                                                           | goals                       | from Object value
            """)
    void fromJson_wrongType_namesPathAndValue(String what, String fields, String path, String value) {
        ProgramFormatException e = rejected(HEAD + fields + "}");
        assertThat(e.path()).as(what).isEqualTo(path);
        assertThat(e.getMessage()).as(what).contains("at " + path + ":", value)
                .doesNotContain("DeserializationConfig", "CoercionConfig");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            zone id         | {"name": "p", "currency": "EUR", "zone": "Europe/Pariss"} | zone          | 'Europe/Pariss' | region id such as Europe/Paris
            zone offset     | {"name": "p", "currency": "EUR", "zone": "+25:00"}        | zone          | '+25:00'        | region id such as Europe/Paris
            zone number     | {"name": "p", "currency": "EUR", "zone": 1}               | zone          | got 1           | region id such as Europe/Paris
            zone object     | {"name": "p", "currency": "EUR", "zone": {"id": "UTC"}}   | zone          | got {           | region id such as Europe/Paris
            currency        | {"name": "p", "zone": "UTC", "currency": "EURO"}          | currency      | "EURO"          | Unrecognized currency
            period text     | {"name": "p", "zone": "UTC", "currency": "EUR", "pendingPeriod": "30 days"} | pendingPeriod | '30 days' | ISO-8601 period such as P30D
            period number   | {"name": "p", "zone": "UTC", "currency": "EUR", "pendingPeriod": 30}        | pendingPeriod | got 30    | ISO-8601 period such as P30D
            grace text      | {"name": "p", "zone": "UTC", "currency": "EUR", "tiers": {"tiers": [{"id": "m"}], "grace": "1 month"}} | tiers.grace | '1 month' | ISO-8601 period
            date text       | {"name": "p", "zone": "UTC", "currency": "EUR", "earnRules": [{"id": "b", "kind": "BASE_RATE", "pointsPerUnit": 1}, {"id": "c", "kind": "MULTIPLIER", "multiplier": 2, "from": "27/11/2026"}]} | earnRules[1].from | '27/11/2026' | ISO-8601 date such as 2026-11-27
            impossible date | {"name": "p", "zone": "UTC", "currency": "EUR", "earnRules": [{"id": "b", "kind": "BASE_RATE", "pointsPerUnit": 1}, {"id": "c", "kind": "MULTIPLIER", "multiplier": 2, "until": "2026-02-30"}]} | earnRules[1].until | '2026-02-30' | FEBRUARY 30
            """)
    void fromJson_badTimeOrCurrencyText_namesPathTextAndWhatIsExpected(String what, String json, String path,
                                                                       String value, String expected) {
        ProgramFormatException e = rejected(json);
        assertThat(e.path()).as(what).isEqualTo(path);
        assertThat(e.getMessage()).as(what).contains("at " + path + ":", value, expected);
    }

    @Test
    void fromJson_missingComma_reportsMalformedJsonWithLineAndColumn() {
        // line 4, column 3 is the opening quote of "currency": the comma after "UTC" is missing
        String json = "{\n  \"name\": \"p\",\n  \"zone\": \"UTC\"\n  \"currency\": \"EUR\"\n}";
        ProgramFormatException e = rejected(json);
        assertThat(e.path()).isEmpty();
        assertThat(e.getMessage()).contains("malformed JSON at line 4, column 3", "comma");
    }

    @Test
    void fromJson_unclosedObject_reportsMalformedJsonAtTheEnd() {
        ProgramFormatException e = rejected("{\"name\": \"p\",\n\"zone\": \"UTC\"");
        assertThat(e.getMessage()).contains("malformed JSON at line 2", "end-of-input");
    }

    @Test
    void fromJson_fieldGivenTwice_isRejectedNotOverwritten() {
        ProgramFormatException e = rejected(HEAD + "\"name\": \"q\"}");
        assertThat(e.getMessage()).contains("malformed JSON", "Duplicate field 'name'");
    }

    @Test
    void fromJson_textAfterTheDocument_isRejectedNotIgnored() {
        ProgramFormatException e = rejected(HEAD + "\"goals\": []} {\"name\": \"other\"}");
        assertThat(e.getMessage()).contains("Trailing token", "near line 1").doesNotContain("DeserializationFeature");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            empty text  | ``       | the document is empty
            blank text  | `  \\n` | the document is empty
            null        | null   | the document is empty (null)
            an array    | []     | Array value
            a number    | 42     | LoyaltyProgram
            """)
    void fromJson_notAProgramObject_saysWhatItGot(String what, String json, String expected) {
        assertThat(rejected(json.replace("\\n", "\n")).getMessage()).as(what).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            name   | {"zone": "UTC", "currency": "EUR"}   | program.name must not be null
            zone   | {"name": "p", "currency": "EUR"}     | program.zone must not be null
            currency | {"name": "p", "zone": "UTC"}       | program.currency must not be null
            """)
    void fromJson_missingRequiredField_namesIt(String what, String json, String expected) {
        assertThat(rejected(json).getMessage()).as(what).contains(expected);
    }

    @Test
    void fromJson_unknownMinimumTier_namesRewardFieldTierAndTheTiers() {
        ProgramFormatException e = rejected(HEAD + "\"rewards\": [{\"id\": \"lounge\", \"cost\": 5, \"minimumTier\": \"golden\"}]}");
        assertThat(e.getMessage()).contains("reward 'lounge'", "minimumTier", "'golden'", "[member]");
    }

    @Test
    void fromJson_unknownGrantTier_namesGoalFieldTierAndTheTiers() {
        ProgramFormatException e = rejected(HEAD + "\"goals\": [{\"id\": \"streak\", \"kind\": \"STREAK\", \"count\": 12,"
                + " \"grantTier\": \"lifetime\"}]}");
        assertThat(e.getMessage()).contains("goal 'streak'", "grantTier", "'lifetime'", "[member]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            earn rule and reward | "earnRules": [{"id": "bonus", "kind": "EVENT", "eventType": "x", "points": 1}], "rewards": [{"id": "bonus", "cost": 5}] | an earn rule and a reward
            reward and goal      | "rewards": [{"id": "bonus", "cost": 5}], "goals": [{"id": "bonus", "kind": "STREAK", "count": 2}]                   | a reward and a goal
            earn rule and goal   | "earnRules": [{"id": "bonus", "kind": "EVENT", "eventType": "x", "points": 1}], "goals": [{"id": "bonus", "kind": "STREAK", "count": 2}] | an earn rule and a goal
            """)
    void fromJson_idSharedAcrossRulesRewardsAndGoals_namesTheIdAndBothKinds(String what, String fields, String kinds) {
        assertThat(rejected(HEAD + fields + "}").getMessage()).as(what).contains("'bonus'", kinds);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            earn rules | "earnRules": [{"id": "e", "kind": "EVENT", "eventType": "x", "points": 1}, {"id": "e", "kind": "EVENT", "eventType": "y", "points": 2}] | earnRules
            rewards    | "rewards": [{"id": "r", "cost": 5}, {"id": "r", "cost": 6}] | rewards
            goals      | "goals": [{"id": "g", "kind": "STREAK", "count": 2}, {"id": "g", "kind": "STREAK", "count": 3}] | goals
            tiers      | "tiers": {"tiers": [{"id": "m"}, {"id": "m", "invitationOnly": true}]} | tiers
            """)
    void fromJson_duplicateIdInOneList_namesListIdAndIndex(String what, String fields, String list) {
        assertThat(rejected(HEAD + fields + "}").getMessage()).as(what)
                .contains(list + " has the id", "twice (at index 1)");
    }

    @Test
    void fromJson_invalidRecord_namesPathFieldAndValue() {
        ProgramFormatException e = rejected(HEAD + "\"earnRules\": [{\"id\": \"b\", \"kind\": \"BASE_RATE\", \"pointsPerUnit\": 1},"
                + " {\"id\": \"promo\", \"kind\": \"MULTIPLIER\", \"multiplier\": 0.5, \"dimension\": \"CATEGORY\", \"value\": \"x\"}]}");
        assertThat(e.path()).isEqualTo("earnRules[1]");
        assertThat(e.getMessage()).contains("earn rule 'promo'", "multiplier", "0.5");
        assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fromJson_nullInAList_namesTheElement() {
        ProgramFormatException e = rejected(HEAD + "\"rewards\": [{\"id\": \"r\", \"cost\": 5}, null]}");
        assertThat(e.getMessage()).contains("rewards[1] must not be null");
    }

    @Test
    void readJson_badFile_namesTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken-program.json");
        Files.writeString(file, HEAD + "\"campaigns\": {\"birthdayPoints\": -1}}");
        ProgramFormatException e = catchThrowableOfType(ProgramFormatException.class, () -> LoyaltyProgram.readJson(file));
        assertThat(e.getMessage()).startsWith(file.toString() + ": at campaigns: ")
                .contains("campaigns.birthdayPoints", "-1");
    }
}
