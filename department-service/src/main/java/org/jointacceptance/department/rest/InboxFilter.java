package org.jointacceptance.department.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import io.quarkus.panache.common.Parameters;
import org.jointacceptance.department.inspection.InspectionState;
import org.jointacceptance.problem.Problem;
import org.jointacceptance.problem.ProblemException;

/**
 * The inbox's filters, read from the query string: a malformed one is answered with a 400 that names it, not with
 * the 404 a failed parameter conversion would give.
 */
record InboxFilter(InspectionState state, String district, LocalDate dueFrom, LocalDate dueTo, String assignee,
        boolean unassigned, UUID applicationId, int page, int size) {

    static final int MAX_PAGE_SIZE = 200;

    static InboxFilter parse(String state, String district, String dueFrom, String dueTo, String assignee,
            String unassigned, String applicationId, String page, String size) {
        List<Problem.FieldError> errors = new ArrayList<>();
        InboxFilter filter = new InboxFilter(
                read(errors, "state", state, InspectionState::valueOf, "must be one of PENDING, SCHEDULED, SUBMITTED, WITHDRAWN"),
                read(errors, "district", district, code -> {
                    if (!code.matches("[1-8][0-9]{5}")) {
                        throw new IllegalArgumentException();
                    }
                    return code;
                }, "must be a six-digit GB/T 2260 region code, e.g. 210202"),
                read(errors, "dueFrom", dueFrom, LocalDate::parse, "must be a date, yyyy-MM-dd"),
                read(errors, "dueTo", dueTo, LocalDate::parse, "must be a date, yyyy-MM-dd"),
                assignee == null || assignee.isBlank() ? null : assignee,
                Boolean.TRUE.equals(read(errors, "unassigned", unassigned, InboxFilter::bool, "must be true or false")),
                read(errors, "applicationId", applicationId, UUID::fromString, "must be a UUID"),
                orDefault(read(errors, "page", page, number(0, Integer.MAX_VALUE), "must be 0 or more"), 0),
                orDefault(read(errors, "size", size, number(1, MAX_PAGE_SIZE), "must be from 1 to " + MAX_PAGE_SIZE), 50));
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of("validation", "Invalid request", 400,
                    "The request has " + errors.size() + " invalid field(s)").withErrors(errors));
        }
        return filter;
    }

    /** The filters as a query on Inspection, with its parameters. */
    String query(Parameters parameters) {
        StringBuilder query = new StringBuilder("1 = 1");
        condition(query, parameters, "state = :state", "state", state);
        condition(query, parameters, "district = :district", "district", district);
        condition(query, parameters, "dueDate >= :dueFrom", "dueFrom", dueFrom);
        condition(query, parameters, "dueDate <= :dueTo", "dueTo", dueTo);
        condition(query, parameters, "assignee = :assignee", "assignee", assignee);
        condition(query, parameters, "applicationId = :applicationId", "applicationId", applicationId);
        if (unassigned) {
            query.append(" and assignee is null");
        }
        return query.toString();
    }

    private static void condition(StringBuilder query, Parameters parameters, String condition, String name,
            Object value) {
        if (value != null) {
            query.append(" and ").append(condition);
            parameters.and(name, value);
        }
    }

    private static <T> T read(List<Problem.FieldError> errors, String field, String value, Function<String, T> parse,
            String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.trim());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, message));
            return null;
        }
    }

    private static Function<String, Integer> number(int min, int max) {
        return text -> {
            int number = Integer.parseInt(text);
            if (number < min || number > max) {
                throw new IllegalArgumentException();
            }
            return number;
        };
    }

    private static Boolean bool(String text) {
        if (!text.equals("true") && !text.equals("false")) {
            throw new IllegalArgumentException();
        }
        return Boolean.valueOf(text);
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
