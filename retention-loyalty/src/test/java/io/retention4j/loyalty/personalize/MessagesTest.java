package io.retention4j.loyalty.personalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retention4j.core.model.Customer;
import io.retention4j.core.profile.CustomerProfile;
import io.retention4j.core.profile.CustomerProfiles;
import io.retention4j.loyalty.engine.Action;
import io.retention4j.loyalty.engine.ActionType;
import io.retention4j.loyalty.engine.TierStatus;
import io.retention4j.loyalty.goal.GoalProgress;
import io.retention4j.loyalty.ledger.Balance;
import io.retention4j.loyalty.program.CapPeriod;
import io.retention4j.loyalty.program.GoalDefinition;
import io.retention4j.loyalty.program.Tier;
import io.retention4j.loyalty.program.TierBenefits;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static final Instant AS_OF = Instant.parse("2026-12-06T00:00:00Z");

    private static final Messages MESSAGES = Messages.builder()
            .register("formal", ProfileRule.attribute("customerType", "b2b"))
            .register("formal", ProfileRule.ageBetween(60, 150))
            .defaultRegister("casual")
            .fallback(Placeholder.NAME, "there")
            .template(
                    MessageTemplate.of("wb", "win-back", "Hi {name}, we miss you! Try {items}."),
                    MessageTemplate.builder("wb-formal", "win-back", "Dear {name}, you have {points} points.")
                            .register("formal").fallback(Placeholder.NAME, "customer").build(),
                    MessageTemplate.builder("wb-sms", "win-back", "{name}: come back, {offer}").channel("sms").build(),
                    MessageTemplate.builder("wb-fr", "win-back", "Bonjour {name} !").locale(Locale.FRENCH).build(),
                    MessageTemplate.builder("wb-gold", "win-back", "{name}, your {tier} status awaits.")
                            .tier("gold").build(),
                    MessageTemplate.of("bday", "birthday", "Happy birthday {name}! We added {bonusPoints} points."),
                    MessageTemplate.of("expiry", "points-expiring",
                            "{expiringPoints} of your {points} points expire on {expiryDate}."))
            .build();

    private static CustomerProfile profile(String id, LocalDate birthday, Map<String, String> attributes) {
        Customer c = Customer.of(id, Instant.parse("2020-01-01T00:00:00Z")).withAttributes(attributes);
        if (birthday != null) {
            c = c.withBirthday(birthday);
        }
        return CustomerProfiles.builder().customers(List.of(c)).asOf(AS_OF).build().get(id);
    }

    private static Recipient email(String id) {
        return Recipient.of(id, "email", Locale.US);
    }

    @Test
    void registerOf_rulesInOrderThenDefault() {
        // b2b attribute -> formal; born 1960-06-01, 66 on 2026-12-06 -> formal; born 1990 (36) -> casual
        assertThat(MESSAGES.registerOf(email("b").withProfile(profile("b", null, Map.of("customerType", "b2b")))))
                .isEqualTo("formal");
        assertThat(MESSAGES.registerOf(email("s").withProfile(profile("s", LocalDate.of(1960, 6, 1), Map.of()))))
                .isEqualTo("formal");
        assertThat(MESSAGES.registerOf(email("y").withProfile(profile("y", LocalDate.of(1990, 6, 1), Map.of()))))
                .isEqualTo("casual");
        assertThat(MESSAGES.registerOf(email("n"))).isEqualTo("casual"); // no profile
    }

    @Test
    void ageBetween_birthdayTomorrow_notYetThatAge() {
        // born 1966-12-07: on 2026-12-06 still 59
        assertThat(ProfileRule.ageBetween(60, 150).test(profile("a", LocalDate.of(1966, 12, 7), Map.of()))).isFalse();
        assertThat(ProfileRule.ageBetween(60, 150).test(profile("a", LocalDate.of(1966, 12, 6), Map.of()))).isTrue();
    }

    @Test
    void render_casualAndFormalRegisters() {
        MessageValues values = MessageValues.builder().name("Ada").points(12_345).items(List.of("Tea", "Scones")).build();
        RenderedMessage casual = MESSAGES.render("win-back", email("y"), values);
        assertThat(casual.text()).isEqualTo("Hi Ada, we miss you! Try Tea, Scones.");
        assertThat(casual.templateId()).isEqualTo("wb");
        RenderedMessage formal = MESSAGES.render("win-back",
                email("b").withProfile(profile("b", null, Map.of("customerType", "b2b"))), values);
        assertThat(formal.text()).isEqualTo("Dear Ada, you have 12,345 points.");
        assertThat(formal.register()).isEqualTo("formal");
        assertThat(formal.toString()).isEqualTo("[email en-US formal wb-formal -> b] Dear Ada, you have 12,345 points.");
    }

    @Test
    void select_mostSpecificTemplate() {
        assertThat(MESSAGES.select("win-back", Recipient.of("c", "sms", Locale.US)).id()).isEqualTo("wb-sms");
        // language-only template matches fr-CA
        assertThat(MESSAGES.select("win-back", Recipient.of("c", "email", Locale.CANADA_FRENCH)).id()).isEqualTo("wb-fr");
        assertThat(MESSAGES.select("win-back", email("c").withTier("gold")).id()).isEqualTo("wb-gold");
        assertThat(MESSAGES.select("win-back", email("c").withTier("silver")).id()).isEqualTo("wb");
    }

    @Test
    void render_missingValue_templateFallbackThenCatalogueFallback() {
        RenderedMessage formal = MESSAGES.render("win-back",
                email("b").withProfile(profile("b", null, Map.of("customerType", "b2b"))),
                MessageValues.builder().points(5).build());
        assertThat(formal.text()).isEqualTo("Dear customer, you have 5 points."); // the template's fallback
        assertThat(formal.fallbacks()).containsExactly(Placeholder.NAME);
        RenderedMessage gold = MESSAGES.render("win-back", email("g").withTier("gold"),
                MessageValues.builder().tier("Gold").build());
        assertThat(gold.text()).isEqualTo("there, your Gold status awaits."); // the catalogue's fallback
    }

    @Test
    void render_missingValueWithoutFallback_failsNamingTemplateCustomerAndPlaceholder() {
        assertThatThrownBy(() -> MESSAGES.render("win-back", email("y"), MessageValues.builder().name("Ada").build()))
                .isInstanceOf(MessageException.class)
                .hasMessage("template 'wb' for customer 'y': no value for {items} and no fallback "
                        + "(set it, or add a fallback to the template or the catalogue)");
        // an empty item list is missing too
        assertThatThrownBy(() -> MESSAGES.render("win-back", email("y"), MessageValues.builder().items(List.of()).build()))
                .hasMessageContaining("no value for {items}");
    }

    @Test
    void render_balanceFromTheEngine_pointsExpiringAndDate() {
        // 300 of 1,250 points expire at 2027-03-31T22:00Z, which is 2027-04-01 in Paris (UTC+2 in summer time)
        Balance balance = new Balance("e", AS_OF, 1250, 0, 0, Instant.parse("2027-03-31T22:00:00Z"), 300);
        RenderedMessage m = MESSAGES.render("points-expiring", email("e"),
                MessageValues.builder().balance(balance, ZoneId.of("Europe/Paris")).build());
        assertThat(m.text()).isEqualTo("300 of your 1,250 points expire on April 1, 2027.");
    }

    @Test
    void render_birthdayAction_bonusPointsFromTheAction() {
        Action birthday = new Action(ActionType.BIRTHDAY_GREETING, "c1", AS_OF, 200, "birthday 2026");
        RenderedMessage m = MESSAGES.render(birthday, email("c1"), MessageValues.builder().name("Ada").build());
        assertThat(m.text()).isEqualTo("Happy birthday Ada! We added 200 points.");
        assertThat(m.purpose()).isEqualTo("birthday");
        assertThat(Messages.purposeOf(ActionType.MEMBERSHIP_ANNIVERSARY)).isEqualTo("anniversary");
        assertThatThrownBy(() -> MESSAGES.render(birthday, email("c2"), MessageValues.none()))
                .hasMessage("the action is for 'c1' but the recipient is 'c2'");
    }

    @Test
    void render_tierAndGoalFromTheEngine() {
        GoalProgress goal = new GoalProgress("c1", GoalDefinition.spendTarget("spend-200", CapPeriod.MONTH, "200"), AS_OF,
                LocalDate.of(2026, 12, 1), Instant.parse("2027-01-01T00:00:00Z"), new BigDecimal("120.50"),
                new BigDecimal("200.00"), "EUR", false, null);
        TierStatus tier = new TierStatus("c1", AS_OF, Tier.of("gold", TierBenefits.earnMultiplier("1.5")), null,
                BigDecimal.ZERO, 0, 0, null, List.of());
        Messages m = Messages.builder().template(MessageTemplate.of("goal", "goal", "{tier} member: {goalProgress}")).build();
        // progress and target without trailing zeros, then the goal's unit
        assertThat(m.render("goal", email("c1"), MessageValues.builder().tier(tier).goalProgress(goal).build()).text())
                .isEqualTo("gold member: 120.5/200 EUR");
    }

    @Test
    void render_noTemplate_namesPurposeAndRecipient() {
        assertThatThrownBy(() -> MESSAGES.render("anniversary", email("c1"), MessageValues.none()))
                .isInstanceOf(MessageException.class)
                .hasMessage("no template for purpose 'anniversary' matches customer 'c1' (channel email, locale en-US, "
                        + "register casual, segment null, tier null)");
    }

    @Test
    void template_unknownPlaceholder_throwsAtCreation() {
        assertThatThrownBy(() -> MessageTemplate.of("t1", "win-back", "Hi {nmae}!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("template 't1': unknown placeholder {nmae} at position 3; known: {name}, {tier}, {points}, "
                        + "{expiringPoints}, {expiryDate}, {goalProgress}, {items}, {offer}, {bonusPoints}");
        assertThatThrownBy(() -> MessageTemplate.of("t2", "win-back", "Hi {name"))
                .hasMessage("template 't2': '{' at position 3 is not closed (write '{{' for a literal brace)");
        assertThatThrownBy(() -> MessageTemplate.of("t3", "win-back", "Hi name}"))
                .hasMessage("template 't3': '}' at position 7 closes nothing (write '}}' for a literal brace)");
    }

    @Test
    void template_escapedBraces_renderLiterally() {
        Messages m = Messages.builder().template(MessageTemplate.of("t", "p", "{{code}} for {name}")).build();
        assertThat(m.render("p", email("c"), MessageValues.builder().name("Ada").build()).text())
                .isEqualTo("{code} for Ada");
    }

    @Test
    void builder_duplicateTemplateId_throws() {
        assertThatThrownBy(() -> Messages.builder().template(MessageTemplate.of("t", "p", "x"),
                MessageTemplate.of("t", "q", "y"))).hasMessage("template id 't' is added twice");
    }
}
