package org.jointacceptance.notification.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import io.quarkus.panache.common.Parameters;
import org.jointacceptance.notification.notice.Recipient;
import org.jointacceptance.notification.delivery.DeliveryStatus;
import org.jointacceptance.notification.notice.Channel;
import org.jointacceptance.problem.Problem;
import org.jointacceptance.problem.ProblemException;

/**
 * The delivery log's filters, read from the query string: a malformed one is answered with a 400 that names it, not
 * with the 404 a failed parameter conversion would give.
 */
record DeliveryFilter(UUID applicationId, String recipient, DeliveryStatus status, Channel channel, int page,
        int size) {

    static final int MAX_PAGE_SIZE = 200;

    static DeliveryFilter parse(String applicationId, String recipient, String status, String channel, String page,
            String size) {
        List<Problem.FieldError> errors = new ArrayList<>();
        DeliveryFilter filter = new DeliveryFilter(
                read(errors, "applicationId", applicationId, UUID::fromString, "must be a UUID"),
                read(errors, "recipient", recipient, name -> {
                    if (!name.matches(Recipient.NAME_PATTERN)) {
                        throw new IllegalArgumentException();
                    }
                    return name;
                }, "must be applicant:<credit code>, department:<code>, coordinator or supervisor"),
                read(errors, "status", status, DeliveryStatus::valueOf,
                        "must be one of PENDING, SENDING, RETRYING, SENT, DEAD"),
                read(errors, "channel", channel, code -> Channel.of(code).filter(Channel::delivered)
                        .orElseThrow(IllegalArgumentException::new), "must be email or webhook"),
                orDefault(read(errors, "page", page, number(0, Integer.MAX_VALUE), "must be 0 or more"), 0),
                orDefault(read(errors, "size", size, number(1, MAX_PAGE_SIZE), "must be from 1 to " + MAX_PAGE_SIZE),
                        50));
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of("validation", "Invalid request", 400,
                    "The request has " + errors.size() + " invalid field(s)").withErrors(errors));
        }
        return filter;
    }

    /** The filters as a query on Delivery, with its parameters. */
    String query(Parameters parameters) {
        StringBuilder query = new StringBuilder("1 = 1");
        condition(query, parameters, "applicationId", applicationId);
        condition(query, parameters, "recipient", recipient);
        condition(query, parameters, "status", status);
        condition(query, parameters, "channel", channel == null ? null : channel.code());
        return query.toString();
    }

    private static void condition(StringBuilder query, Parameters parameters, String field, Object value) {
        if (value != null) {
            query.append(" and ").append(field).append(" = :").append(field);
            parameters.and(field, value);
        }
    }

    private static <T> T read(List<Problem.FieldError> errors, String field, String value, Function<String, T> parse,
            String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.trim());
        } catch (IllegalArgumentException e) {
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

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
