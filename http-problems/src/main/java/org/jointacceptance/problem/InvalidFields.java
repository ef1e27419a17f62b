package org.jointacceptance.problem;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The invalid fields of one request, found as it is read (a query string's filters), then refused at once with a
 * 400 that names each, rather than the 404 a failed parameter conversion would give.
 */
public final class InvalidFields {

    private final List<Field> fields = new ArrayList<>();

    /** The value parsed, or null when it is blank or invalid: then the field is named with the words under {@code key}. */
    public <T> T read(String field, String value, Function<String, T> parse, String key, Object... facts) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.trim());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            fields.add(new Field(field, key, facts));
            return null;
        }
    }

    /** Refuses the request if any field read was invalid. */
    public void refuseAny() {
        if (fields.isEmpty()) {
            return;
        }
        ProblemException problem = ProblemException.invalid("validation", fields.size());
        for (Field field : fields) {
            problem = problem.withError(field.name(), field.key(), field.facts());
        }
        throw problem;
    }

    /** A whole number from {@code min} to {@code max}; anything else is invalid. */
    public static Function<String, Integer> number(int min, int max) {
        return text -> {
            int number = Integer.parseInt(text);
            if (number < min || number > max) {
                throw new IllegalArgumentException();
            }
            return number;
        };
    }

    private record Field(String name, String key, Object[] facts) {
    }
}
