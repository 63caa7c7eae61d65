package io.retention4j.core.segment;

/** What {@link CommunityGrouping} does with groups smaller than the minimum size. */
public enum SmallGroupPolicy {
    /**
     * Merge all of them into one community (named by {@link CommunityGrouping.Builder#mergedName});
     * if even that is below the minimum it is kept and flagged.
     */
    MERGE,
    /** Keep each as its own community, flagged {@link Community#belowMinimum()}. */
    FLAG
}
