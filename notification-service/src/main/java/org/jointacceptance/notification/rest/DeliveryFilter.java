package org.jointacceptance.notification.rest;

import java.util.UUID;

import io.quarkus.panache.common.Parameters;
import org.jointacceptance.notification.notice.Recipient;
import org.jointacceptance.notification.delivery.DeliveryStatus;
import org.jointacceptance.notification.notice.Channel;
import org.jointacceptance.problem.InvalidFields;

/**
 * The delivery log's filters, read from the query string: a malformed one is answered with a 400 that names it, not
 * with the 404 a failed parameter conversion would give.
 */
record DeliveryFilter(UUID applicationId, String recipient, DeliveryStatus status, Channel channel, int page,
        int size) {

    static final int MAX_PAGE_SIZE = 200;

    static DeliveryFilter parse(String applicationId, String recipient, String status, String channel, String page,
            String size) {
        InvalidFields fields = new InvalidFields();
        DeliveryFilter filter = new DeliveryFilter(
                fields.read("applicationId", applicationId, UUID::fromString, "field.uuid"),
                fields.read("recipient", recipient, name -> {
                    if (!name.matches(Recipient.NAME_PATTERN)) {
                        throw new IllegalArgumentException();
                    }
                    return name;
                }, "field.recipient"),
                fields.read("status", status, DeliveryStatus::valueOf, "field.one-of",
                        "PENDING, SENDING, RETRYING, SENT, DEAD"),
                fields.read("channel", channel, code -> Channel.of(code).filter(Channel::delivered)
                        .orElseThrow(IllegalArgumentException::new), "field.one-of", "email, webhook"),
                orDefault(fields.read("page", page, InvalidFields.number(0, Integer.MAX_VALUE), "field.at-least", 0), 0),
                orDefault(fields.read("size", size, InvalidFields.number(1, MAX_PAGE_SIZE), "field.between", 1,
                        MAX_PAGE_SIZE), 50));
        fields.refuseAny();
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

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
