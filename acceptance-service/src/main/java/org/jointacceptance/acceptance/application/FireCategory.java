package org.jointacceptance.acceptance.application;

/** Special construction projects get a full fire acceptance; ordinary ones a filing. */
public enum FireCategory {
    SPECIAL,
    ORDINARY
}
