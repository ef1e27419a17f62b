package org.jointacceptance.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Thrown by a service to answer with a problem of a known kind, e.g. a result for a department that was not asked. Its
 * words come from the catalogues ({@link ProblemWords}) under its kind, in the language the caller asked for, with the
 * facts given here.
 */
public class ProblemException extends RuntimeException {

    private final String kind;
    private final String key;
    private final int status;
    private final transient Object[] facts;
    private final transient List<FieldWords> errors;

    /** A problem whose detail is the catalogue's words for its {@code kind}. */
    public ProblemException(String kind, int status, Object... facts) {
        this(kind, kind, status, facts, List.of());
    }

    /** A problem of {@code kind} in the catalogue's words under {@code key}, for a refusal of its own type. */
    protected ProblemException(String kind, String key, int status, Object[] facts) {
        this(kind, key, status, facts, List.of());
    }

    private ProblemException(String kind, String key, int status, Object[] facts, List<FieldWords> errors) {
        super(ProblemWords.text(key, ProblemWords.ENGLISH, facts));
        this.kind = kind;
        this.key = key;
        this.status = status;
        this.facts = facts.clone();
        this.errors = List.copyOf(errors);
    }

    /** A problem of {@code kind} in the catalogue's words under {@code key}: one of several ways to say it. */
    public static ProblemException worded(String kind, String key, int status, Object... facts) {
        return new ProblemException(kind, key, status, facts, List.of());
    }

    /** Nothing of this kind ({@code not-found.<thing>} in the catalogues) has this id. */
    public static ProblemException notFound(String thing, Object id) {
        return worded("not-found", "not-found." + thing, 404, id);
    }

    public static ProblemException conflict(String kind, Object... facts) {
        return new ProblemException(kind, 409, facts);
    }

    public static ProblemException invalid(String kind, Object... facts) {
        return new ProblemException(kind, 400, facts);
    }

    /** What a rule of the domain refuses, though the request is well formed and the state allows it. */
    public static ProblemException refused(String kind, Object... facts) {
        return new ProblemException(kind, 422, facts);
    }

    /** The same problem, naming one more invalid field, with the catalogue's words under {@code key}. */
    public ProblemException withError(String field, String key, Object... facts) {
        List<FieldWords> more = new ArrayList<>(errors);
        more.add(new FieldWords(field, key, facts.clone()));
        return new ProblemException(kind, this.key, status, facts(), more);
    }

    public String kind() {
        return kind;
    }

    public int status() {
        return status;
    }

    /** The problem in {@code language}. */
    public Problem problem(Locale language) {
        return Problem.of(kind, ProblemWords.title(kind, status, language), status,
                ProblemWords.text(key, language, facts)).withErrors(errors.stream()
                        .map(error -> new Problem.FieldError(error.field(),
                                ProblemWords.text(error.key(), language, error.facts())))
                        .toList());
    }

    private Object[] facts() {
        return facts.clone();
    }

    private record FieldWords(String field, String key, Object[] facts) {
    }
}
