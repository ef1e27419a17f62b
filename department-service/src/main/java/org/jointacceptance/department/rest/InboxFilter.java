package org.jointacceptance.department.rest;

import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.panache.common.Parameters;
import org.jointacceptance.department.inspection.InspectionState;
import org.jointacceptance.problem.InvalidFields;

/**
 * The inbox's filters, read from the query string: a malformed one is answered with a 400 that names it, not with
 * the 404 a failed parameter conversion would give.
 */
record InboxFilter(InspectionState state, String district, LocalDate dueFrom, LocalDate dueTo, String assignee,
        boolean unassigned, UUID applicationId, int page, int size) {

    static final int MAX_PAGE_SIZE = 200;

    static InboxFilter parse(String state, String district, String dueFrom, String dueTo, String assignee,
            String unassigned, String applicationId, String page, String size) {
        InvalidFields fields = new InvalidFields();
        InboxFilter filter = new InboxFilter(
                fields.read("state", state, InspectionState::valueOf, "field.one-of",
                        "PENDING, SCHEDULED, SUBMITTED, WITHDRAWN"),
                fields.read("district", district, code -> {
                    if (!code.matches("[1-8][0-9]{5}")) {
                        throw new IllegalArgumentException();
                    }
                    return code;
                }, "field.region-code"),
                fields.read("dueFrom", dueFrom, LocalDate::parse, "field.date"),
                fields.read("dueTo", dueTo, LocalDate::parse, "field.date"),
                assignee == null || assignee.isBlank() ? null : assignee,
                Boolean.TRUE.equals(fields.read("unassigned", unassigned, InboxFilter::bool, "field.boolean")),
                fields.read("applicationId", applicationId, UUID::fromString, "field.uuid"),
                orDefault(fields.read("page", page, InvalidFields.number(0, Integer.MAX_VALUE), "field.at-least", 0), 0),
                orDefault(fields.read("size", size, InvalidFields.number(1, MAX_PAGE_SIZE), "field.between", 1,
                        MAX_PAGE_SIZE), 50));
        fields.refuseAny();
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
