package org.jointacceptance.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes one year's arrangement in the project's JSON format, used by the shipped data files and by the
 * calendar API:
 * <pre>{"year":2025,"version":"2025.1","source":"国务院办公厅关于2025年部分节假日安排的通知",
 *  "holidays":[{"name":"New Year's Day 元旦","from":"2025-01-01","to":"2025-01-01"}, ...],
 *  "makeUpWorkdays":["2025-01-26", ...]}</pre>
 * Every field is required, unknown fields are refused, dates are ISO {@code yyyy-MM-dd}.
 */
public final class YearArrangementJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> FIELDS = Set.of("year", "version", "source", "holidays", "makeUpWorkdays");
    private static final Set<String> HOLIDAY_FIELDS = Set.of("name", "from", "to");

    private YearArrangementJson() {
    }

    /** Parses an arrangement; throws {@link InvalidArrangementException} naming the offending field. */
    public static YearArrangement parse(String json) {
        try {
            return fromTree(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw notJson(e);
        }
    }

    /** Parses an arrangement from UTF-8 JSON, reading the stream to its end and closing it. */
    public static YearArrangement parse(InputStream json) {
        try {
            return fromTree(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw notJson(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String write(YearArrangement arrangement) {
        ObjectNode root = MAPPER.createObjectNode()
                .put("year", arrangement.year())
                .put("version", arrangement.version())
                .put("source", arrangement.source());
        ArrayNode holidays = root.putArray("holidays");
        for (YearArrangement.Holiday holiday : arrangement.holidays()) {
            holidays.addObject()
                    .put("name", holiday.name())
                    .put("from", holiday.from().toString())
                    .put("to", holiday.to().toString());
        }
        ArrayNode makeUpWorkdays = root.putArray("makeUpWorkdays");
        arrangement.makeUpWorkdays().forEach(day -> makeUpWorkdays.add(day.toString()));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static YearArrangement fromTree(JsonNode root) {
        requireObject(root, "", FIELDS);
        JsonNode year = required(root, "year", "");
        if (!year.isIntegralNumber() || !year.canConvertToInt()) {
            throw new InvalidArrangementException("year-not-whole", year);
        }
        List<YearArrangement.Holiday> holidays = new ArrayList<>();
        Iterator<JsonNode> holidayNodes = array(root, "holidays").elements();
        for (int i = 0; holidayNodes.hasNext(); i++) {
            JsonNode holiday = holidayNodes.next();
            String path = "holidays[" + i + "]";
            requireObject(holiday, path, HOLIDAY_FIELDS);
            holidays.add(new YearArrangement.Holiday(
                    text(holiday, "name", path + "."), date(required(holiday, "from", path + "."), path + ".from"),
                    date(required(holiday, "to", path + "."), path + ".to")));
        }
        List<LocalDate> makeUpWorkdays = new ArrayList<>();
        Iterator<JsonNode> dayNodes = array(root, "makeUpWorkdays").elements();
        for (int i = 0; dayNodes.hasNext(); i++) {
            makeUpWorkdays.add(date(dayNodes.next(), "makeUpWorkdays[" + i + "]"));
        }
        return new YearArrangement(year.intValue(), text(root, "version", ""), text(root, "source", ""),
                holidays, makeUpWorkdays);
    }

    /** {@code node} is an object of the allowed fields; {@code path} names it, the arrangement itself when empty. */
    private static void requireObject(JsonNode node, String path, Set<String> allowedFields) {
        if (node == null || !node.isObject()) {
            throw path.isEmpty() ? new InvalidArrangementException("arrangement-not-object")
                    : new InvalidArrangementException("not-object", path);
        }
        node.fieldNames().forEachRemaining(field -> {
            if (!allowedFields.contains(field)) {
                throw path.isEmpty() ? new InvalidArrangementException("arrangement-unknown-field", field, allowedFields)
                        : new InvalidArrangementException("unknown-field", path, field, allowedFields);
            }
        });
    }

    private static JsonNode required(JsonNode parent, String field, String pathPrefix) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw new InvalidArrangementException("missing", pathPrefix + field);
        }
        return node;
    }

    private static String text(JsonNode parent, String field, String pathPrefix) {
        JsonNode node = required(parent, field, pathPrefix);
        if (!node.isTextual()) {
            throw new InvalidArrangementException("not-text", pathPrefix + field, node);
        }
        return node.textValue();
    }

    private static JsonNode array(JsonNode parent, String field) {
        JsonNode node = required(parent, field, "");
        if (!node.isArray()) {
            throw new InvalidArrangementException("not-array", field, node);
        }
        return node;
    }

    private static LocalDate date(JsonNode node, String path) {
        if (!node.isTextual()) {
            throw new InvalidArrangementException("date-not-text", path, node);
        }
        try {
            return LocalDate.parse(node.textValue());
        } catch (DateTimeParseException e) {
            throw new InvalidArrangementException("not-a-date", path, node.textValue()).because(e);
        }
    }

    private static InvalidArrangementException notJson(JsonProcessingException e) {
        return (e.getLocation() == null ? new InvalidArrangementException("not-json", e.getOriginalMessage())
                : new InvalidArrangementException("not-json-at", e.getOriginalMessage(), e.getLocation().getLineNr(),
                        e.getLocation().getColumnNr())).because(e);
    }
}
