package io.retention4j.loyalty.feedback;

/**
 * A {@link CategoryRule}'s conditions in arrays, for the categorisation loop; {@link #hold} is the
 * definition {@link CategoryRule#matches} documents, with the keyword condition's result passed in.
 */
final class RuleConditions {
    private final boolean keywords;
    private final int minScore;
    private final int maxScore;
    private final boolean band;
    private final String[] channels;
    private final String[] products;
    private final String[] surveys;

    RuleConditions(CategoryRule rule) {
        this.keywords = !rule.keywords().isEmpty();
        this.band = rule.minScore() != null || rule.maxScore() != null;
        this.minScore = rule.minScore() == null ? 0 : rule.minScore();
        this.maxScore = rule.maxScore() == null ? 10 : rule.maxScore();
        this.channels = rule.channels().toArray(new String[0]);
        this.products = rule.products().toArray(new String[0]);
        this.surveys = rule.surveys().toArray(new String[0]);
    }

    boolean hold(Response response, boolean keywordHit) {
        if (keywords && !keywordHit) {
            return false;
        }
        if (band) {
            Integer score = response.score();
            if (score == null || score < minScore || score > maxScore) {
                return false;
            }
        }
        return oneOf(channels, response.channel(), true) && oneOf(products, response.product(), true)
                && oneOf(surveys, response.surveyId(), false);
    }

    private static boolean oneOf(String[] values, String value, boolean ignoreCase) {
        if (values.length == 0) {
            return true;
        }
        if (value == null) {
            return false;
        }
        for (String candidate : values) {
            if (ignoreCase ? candidate.equalsIgnoreCase(value) : candidate.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
