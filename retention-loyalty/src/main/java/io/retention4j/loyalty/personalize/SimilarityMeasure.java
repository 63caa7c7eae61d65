package io.retention4j.loyalty.personalize;

/**
 * How strongly two items go together, from implicit feedback (who interacted with what). With
 * {@code w(u,i)} customer u's weight for item i (the sum of the weights of u's interactions with i,
 * each time-decayed when a half-life is set; 1 per interaction otherwise), {@code n(i)} the number
 * of customers with item i, {@code n(i,j)} the number with both (the support) and {@code N} the
 * number of customers with at least one counted interaction:
 */
public enum SimilarityMeasure {
    /**
     * {@code cos(i,j) = sum_u w(u,i) w(u,j) / (sqrt(sum_u w(u,i)^2) sqrt(sum_u w(u,j)^2))}, in
     * (0, 1]; with unit weights (one interaction per customer and item, no decay) it is
     * {@code n(i,j) / sqrt(n(i) n(j))}.
     */
    COSINE,
    /**
     * {@code lift(i,j) = n(i,j) N / (n(i) n(j))}: how many times more often the pair occurs than if
     * the items were bought independently; weights and decay do not enter (counts only); positive,
     * 1 = independence.
     */
    LIFT
}
