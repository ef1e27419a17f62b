package org.jointacceptance.acceptance.timeline;

import java.time.LocalDate;

/**
 * What a timeline entry is about, each fact apart, for a page to word in its reader's language: the department, the
 * round, the day it names (a due date, a deadline, a promised day), its subject (a material type, a special
 * procedure's kind, an opinion's or a filing's number) and the words a person gave for it. Any of them may be absent.
 */
public record Particulars(String department, Integer round, LocalDate day, String subject, String reason) {

    public static final Particulars NONE = new Particulars(null, null, null, null, null);

    public static Particulars of(String department, Integer round) {
        return new Particulars(department, round, null, null, null);
    }

    public static Particulars round(int round) {
        return of(null, round);
    }

    public static Particulars subject(String subject) {
        return NONE.about(subject);
    }

    public static Particulars reason(String reason) {
        return NONE.because(reason);
    }

    public Particulars on(LocalDate day) {
        return new Particulars(department, round, day, subject, reason);
    }

    public Particulars about(String subject) {
        return new Particulars(department, round, day, subject, reason);
    }

    public Particulars because(String reason) {
        return new Particulars(department, round, day, subject, reason);
    }
}
