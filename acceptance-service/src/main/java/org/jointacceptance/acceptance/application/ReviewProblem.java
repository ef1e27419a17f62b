package org.jointacceptance.acceptance.application;

/** What a window officer found wrong with a material in the review of the file (形式审查). */
public enum ReviewProblem {
    /** It cannot be read: blurred, cut off, a damaged file. */
    UNREADABLE,
    /** It is about another project, or another section. */
    WRONG_PROJECT,
    /** It lacks the signature or seal it needs. */
    UNSIGNED,
    /** Pages or parts are missing. */
    INCOMPLETE,
    /** Its validity has run out. */
    EXPIRED,
    /** Something else, which the officer's remark says. */
    OTHER
}
