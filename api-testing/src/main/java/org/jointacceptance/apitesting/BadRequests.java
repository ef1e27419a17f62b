package org.jointacceptance.apitesting;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.arbitraries.StringArbitrary;
import org.jointacceptance.apitesting.ApiOperations.ApiOperation;
import org.jointacceptance.apitesting.ApiOperations.Body;
import org.jointacceptance.apitesting.ApiOperations.Field;
import org.jointacceptance.apitesting.ApiOperations.Parameter;
import org.jointacceptance.problem.JsonReadLimits;

/**
 * Bad requests to one operation of the API, drawn by jqwik from its valid example: a field of the wrong shape, null
 * or missing where required, too long, out of range, not one of the listed values, not a date, nested too deep; a
 * body cut short, not JSON at all or of the wrong content type; an id that names nothing; garbage in the query. A
 * request to an operation that may change state is invalid by construction, so the service must refuse it; a read
 * may answer anything but a server error.
 */
public final class BadRequests {

    public static final String MULTIPART = "multipart/form-data";
    private static final String BOUNDARY = "fuzz-7MA4YWxkTrZu0gW";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonNode REMOVED = MissingNode.getInstance();
    /** Jackson reads {@code [2026,6,5]} as a date, so a date's wrong shape is tried as a wrong format instead. */
    private static final Set<String> DATE_FORMATS = Set.of("date", "date-time", "time");
    /**
     * The HTTP layer answers a request line over 4 KiB with a bare 414 before any service code sees it; queries stay
     * below that so that each reaches the service.
     */
    private static final int MAX_QUERY_LENGTH = 2_500;

    private BadRequests() {
    }

    /** One request as sent, and what made it bad, to name it when the service answers wrongly. */
    public record BadRequest(String mutation, String method, String path, String query, String contentType,
            String accept, byte[] body) {

        @Override
        public String toString() {
            String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
            return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " [" + mutation + "] "
                    + (contentType == null ? "" : contentType + " ") + shown;
        }
    }

    /** A body with one thing changed, and what. */
    private record Mutated(String mutation, byte[] body) {
    }

    /**
     * Bad requests to {@code operation}, each path and required query parameter but the one made bad taking its
     * {@code real} value; to an upload, spoiled from {@code upload}.
     */
    public static Arbitrary<BadRequest> to(ApiOperation operation, RealValues real, Upload upload) {
        if (!operation.changesState()) {
            return reads(operation, real);
        }
        if (operation.body() != null && operation.body().mediaType().equals(MULTIPART)) {
            if (upload == null) {
                throw new AssertionError(operation + " takes a form: give the fuzz test an upload to spoil");
            }
            return uploads(operation, real, upload);
        }
        return writes(operation, real);
    }

    // -- reads: anything may come back but a server error ---------------------------------------------------------

    private static Arbitrary<BadRequest> reads(ApiOperation operation, RealValues real) {
        return Combinators.combine(path(operation, real), query(operation, real), accept())
                .as((path, query, accept) -> new BadRequest("garbage in the path or query", operation.method(), path,
                        query, null, accept, null));
    }

    /** Each path parameter its real value, or now and then garbage. */
    private static Arbitrary<String> path(ApiOperation operation, RealValues real) {
        List<Arbitrary<String>> values = operation.in("path").stream()
                .map(parameter -> Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(realValue(operation, parameter, real))),
                        Tuple.of(1, unknownPathValue(parameter))))
                .toList();
        return values.isEmpty() ? Arbitraries.just(operation.path())
                : Combinators.combine(values).as(chosen -> pathWith(operation, chosen));
    }

    private static Arbitrary<String> query(ApiOperation operation, RealValues real) {
        List<Arbitrary<Optional<String>>> pairs = new ArrayList<>();
        for (Parameter parameter : operation.in("query")) {
            String name = encode(parameter.name()) + "=";
            Optional<String> realPair = Optional.ofNullable(real.find(operation, parameter.name()))
                    .map(value -> name + encode(value));
            pairs.add(Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(Optional.<String>empty())),
                    Tuple.of(1, Arbitraries.just(realPair)),
                    Tuple.of(3, queryGarbage(parameter.schema()).map(value -> Optional.of(name + encode(value))))));
        }
        Arbitrary<Optional<String>> undeclared = Combinators.combine(Arbitraries.strings().alpha().ofLength(6),
                anyText(0, 50)).as((name, value) -> Optional.of(name + "=" + encode(value)));
        pairs.add(Arbitraries.oneOf(Arbitraries.just(Optional.empty()), undeclared));
        return Combinators.combine(pairs).as(chosen -> {
            StringBuilder query = new StringBuilder();
            chosen.stream().flatMap(Optional::stream).forEach(pair -> {
                if (query.length() + pair.length() < MAX_QUERY_LENGTH) {
                    query.append(query.isEmpty() ? "" : "&").append(pair);
                }
            });
            return query.toString();
        });
    }

    private static Arbitrary<String> queryGarbage(JsonNode schema) {
        if (schema.has("enum")) {
            return Arbitraries.of("OPEN", "draft", "", "IN_INSPECTION,ACCEPTED");
        }
        return switch (schema.path("type").asText("") + "/" + schema.path("format").asText("")) {
            case "integer/int32", "integer/int64", "integer/" ->
                Arbitraries.of("abc", "-1", "0", "99999999999", "1.5", "", "0x10", "1e3");
            case "boolean/" -> Arbitraries.of("maybe", "", "2", "TRUE");
            case "string/date" -> Arbitraries.of("yesterday", "2026-02-30", "+999999999-12-31",
                    "-999999999-01-01", "0000-00-00", "", "2026-06-01T00:00:00Z");
            default -> anyText(0, 300);
        };
    }

    // -- writes: invalid by construction, to be refused ----------------------------------------------------------

    private static Arbitrary<BadRequest> writes(ApiOperation operation, RealValues real) {
        String path = pathWith(operation, operation.in("path").stream()
                .map(parameter -> realValue(operation, parameter, real)).toList());
        String query = realQuery(operation, real);
        Body body = operation.body();
        List<Tuple2<Integer, Arbitrary<BadRequest>>> choices = new ArrayList<>();
        if (body != null) {
            byte[] valid = json(body.example());
            Function<Mutated, BadRequest> send = mutated -> new BadRequest(mutated.mutation(), operation.method(),
                    path, query, body.mediaType(), "", mutated.body());
            choices.add(Tuple.of(12, fieldMutations(body).map(send)));
            choices.add(Tuple.of(1, Arbitraries.integers().between(1, valid.length - 1)
                    .map(length -> new Mutated("cut short", Arrays.copyOf(valid, length))).map(send)));
            choices.add(Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(300)
                    .map(bytes -> new Mutated("not JSON", concat("<".getBytes(StandardCharsets.US_ASCII), bytes)))
                    .map(send)));
            // a body whose fields are all optional may be left out (a submission that promises nothing)
            if (body.required() && !body.fields().get(0).schema().path("required").isEmpty()) {
                choices.add(Tuple.of(1, Arbitraries.of(new byte[0], "null".getBytes(StandardCharsets.US_ASCII))
                        .map(bytes -> new Mutated("no body", bytes)).map(send)));
            }
            // no content type at all is not among them: the service reads such a body as JSON, as curl's empty POST
            choices.add(Tuple.of(1, Arbitraries.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                    "application/octet-stream", "text/html; charset=UTF-8")
                    .map(type -> new BadRequest("content type " + type, operation.method(), path, query, type, "",
                            valid))));
        }
        if (!operation.in("path").isEmpty()) {
            choices.add(Tuple.of(2, unknownPath(operation, real).map(unknown -> new BadRequest("an id naming nothing",
                    operation.method(), unknown, query, body == null ? null : body.mediaType(), "",
                    body == null ? null : json(body.example())))));
        }
        List<Parameter> checkedQuery = operation.in("query").stream()
                .filter(parameter -> parameter.required() || parameter.schema().has("maxLength")).toList();
        if (!checkedQuery.isEmpty()) {
            choices.add(Tuple.of(2, Arbitraries.of(checkedQuery).flatMap(parameter -> invalidQuery(parameter, real))
                    .map(invalid -> new BadRequest("query " + invalid, operation.method(), path, invalid,
                            body == null ? null : body.mediaType(), "", body == null ? null : json(body.example())))));
        }
        if (choices.isEmpty()) {
            throw new AssertionError(operation + " takes no body, path or query to make invalid: fuzz it another way");
        }
        return Combinators.combine(Arbitraries.frequencyOf(choices), accept())
                .as((request, accept) -> new BadRequest(request.mutation(), request.method(), request.path(),
                        request.query(), request.contentType(), accept, request.body()));
    }

    private static Arbitrary<Mutated> fieldMutations(Body body) {
        List<Arbitrary<Mutated>> mutations = new ArrayList<>();
        for (Field field : body.fields()) {
            wrongShape(field).ifPresent(values -> mutations.add(at(body, field, "wrong shape", values)));
            if (field.required() && !field.path().isEmpty()) {
                mutations.add(at(body, field, "left out", Arbitraries.of(NODES.nullNode(), REMOVED)));
            }
            tooLong(field, valueAt(body.example(), field.path()))
                    .ifPresent(values -> mutations.add(at(body, field, "too long", values)));
            outOfRange(field).ifPresent(values -> mutations.add(at(body, field, "out of range", values)));
            wrongFormat(field).ifPresent(values -> mutations.add(at(body, field, "wrong format", values)));
            mutations.add(at(body, field, "nested too deep", Arbitraries.integers()
                    .between(JsonReadLimits.MAX_NESTING_DEPTH + 1, 900).map(BadRequests::nested)));
        }
        return Arbitraries.oneOf(mutations);
    }

    private static Arbitrary<Mutated> at(Body body, Field field, String mutation, Arbitrary<JsonNode> values) {
        Arbitrary<JsonNode> extraFields = Arbitraries.maps(Arbitraries.strings().alpha().ofLength(8),
                anyText(0, 20)).ofMaxSize(3).map(extra -> {
                    ObjectNode fields = NODES.objectNode();
                    extra.forEach(fields::put);
                    return fields;
                });
        return Combinators.combine(values, extraFields).as((value, extra) -> {
            JsonNode mutated = with(body.example(), field.path(), value);
            if (mutated instanceof ObjectNode object) {
                // unknown properties are ignored (or, by the strict calendar, refused): never what makes it valid
                extra.fields().forEachRemaining(entry -> object.set(entry.getKey(), entry.getValue()));
            }
            return new Mutated(mutation + " at " + field, json(mutated));
        });
    }

    private static Optional<Arbitrary<JsonNode>> wrongShape(Field field) {
        if (DATE_FORMATS.contains(field.schema().path("format").asText(""))) {
            return Optional.empty();
        }
        return switch (field.type()) {
            case "object" -> Optional.of(Arbitraries.of(NODES.textNode("x"), NODES.numberNode(7), NODES.arrayNode()));
            case "array" -> Optional.of(Arbitraries.of(NODES.textNode("x"), NODES.numberNode(7), NODES.objectNode()));
            case "string", "integer", "number", "boolean" ->
                Optional.of(Arbitraries.of(NODES.objectNode().put("a", 1), NODES.arrayNode().add(1)));
            default -> Optional.empty();
        };
    }

    private static Optional<Arbitrary<JsonNode>> tooLong(Field field, JsonNode value) {
        JsonNode schema = field.schema();
        if (schema.has("maxLength")) {
            int max = schema.path("maxLength").asInt();
            return Optional.of(Arbitraries.frequencyOf(Tuple.of(9, anyText(max + 1, max + 200)),
                    Tuple.of(1, anyText(JsonReadLimits.MAX_STRING_LENGTH + 1, JsonReadLimits.MAX_STRING_LENGTH + 100)))
                    .map(NODES::textNode));
        }
        if (schema.has("maxItems")) {
            int max = schema.path("maxItems").asInt();
            JsonNode item = value.isEmpty() ? NODES.textNode("item") : value.get(0);
            return Optional.of(Arbitraries.integers().between(max + 1, max + 20).map(count -> {
                ArrayNode items = NODES.arrayNode();
                for (int i = 0; i < count; i++) {
                    items.add(item.deepCopy());
                }
                return items;
            }));
        }
        return Optional.empty();
    }

    private static Optional<Arbitrary<JsonNode>> outOfRange(Field field) {
        JsonNode schema = field.schema();
        List<Arbitrary<JsonNode>> beyond = new ArrayList<>();
        for (String bound : List.of("maximum", "exclusiveMaximum")) {
            if (schema.path(bound).isNumber()) {
                beyond.add(Arbitraries.longs().between(1, 1_000_000)
                        .map(more -> NODES.numberNode(schema.path(bound).decimalValue().add(BigDecimal.valueOf(more)))));
            }
        }
        for (String bound : List.of("minimum", "exclusiveMinimum")) {
            if (schema.path(bound).isNumber()) {
                beyond.add(Arbitraries.longs().between(1, 1_000_000)
                        .map(less -> NODES.numberNode(schema.path(bound).decimalValue().subtract(BigDecimal.valueOf(less)))));
            }
        }
        if (field.type().equals("integer")) {
            beyond.add(Arbitraries.of(NODES.numberNode(3_000_000_000L), NODES.numberNode(-3_000_000_000L)));
        }
        return beyond.isEmpty() ? Optional.empty() : Optional.of(Arbitraries.oneOf(beyond));
    }

    private static Optional<Arbitrary<JsonNode>> wrongFormat(Field field) {
        JsonNode schema = field.schema();
        if (schema.has("enum")) {
            List<String> listed = new ArrayList<>();
            schema.path("enum").forEach(value -> listed.add(value.asText()));
            return Optional.of(Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(3).ofMaxLength(12)
                    .filter(value -> !listed.contains(value)).map(NODES::textNode));
        }
        if (DATE_FORMATS.contains(schema.path("format").asText(""))) {
            return Optional.of(Arbitraries.of("2026-02-30", "tomorrow", "06/05/2026", "2026-6-5", "20260605")
                    .map(NODES::textNode));
        }
        if (schema.path("format").asText("").equals("uuid")) {
            return Optional.of(Arbitraries.of("not-a-uuid", "3f1c2a9e-7b4d-4e21", "{3f1c2a9e}").map(NODES::textNode));
        }
        if (schema.has("pattern")) {
            // JSON Schema's pattern is unanchored: a value violates it when no part of it matches
            Pattern pattern = Pattern.compile(schema.path("pattern").asText());
            List<JsonNode> violating = Stream.of("Not valid! x", "../x", "-", "   ", "\t")
                    .filter(value -> !pattern.matcher(value).find()).map(value -> (JsonNode) NODES.textNode(value))
                    .toList();
            return violating.isEmpty() ? Optional.empty() : Optional.of(Arbitraries.of(violating));
        }
        return Optional.empty();
    }

    /** Arrays and objects within one another, {@code depth} deep. */
    private static JsonNode nested(int depth) {
        JsonNode node = NODES.numberNode(1);
        for (int level = 0; level < depth; level++) {
            node = level % 2 == 0 ? NODES.arrayNode().add(node) : NODES.objectNode().set("a", node);
        }
        return node;
    }

    private static Arbitrary<String> invalidQuery(Parameter parameter, RealValues real) {
        String name = encode(parameter.name()) + "=";
        List<Arbitrary<String>> invalid = new ArrayList<>();
        if (parameter.required()) {
            invalid.add(Arbitraries.of("", name, name + "%20%20"));
        }
        if (parameter.schema().has("maxLength")) {
            int max = parameter.schema().path("maxLength").asInt();
            invalid.add(Arbitraries.strings().alpha().ofMinLength(max + 1).ofMaxLength(max + 200).map(text -> name + text));
        }
        return Arbitraries.oneOf(invalid);
    }

    // -- uploads: invalid by construction, to be refused ---------------------------------------------------------

    /** Files over the size limit are for a test of their own: thousands of 20 MiB uploads would take minutes. */
    private static Arbitrary<BadRequest> uploads(ApiOperation operation, RealValues real, Upload upload) {
        String path = pathWith(operation, operation.in("path").stream()
                .map(parameter -> realValue(operation, parameter, real)).toList());
        byte[] pdf = upload.pdf();
        String valid = upload.type();
        Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of("report.pdf", "../../etc/passwd", "..\\..\\boot.ini",
                "", "a\"b<c>.pdf", "消防检测报告.pdf"), anyText(1, 300));
        List<Tuple2<Integer, Arbitrary<Form>>> spoiled = new ArrayList<>(List.of(
                Tuple.of(2, Arbitraries.of("text/plain", "application/zip", "image/gif", "application/x-msdownload",
                        "application/octet-stream").map(type -> form("declared " + type, type, pdf, valid))),
                Tuple.of(1, Arbitraries.just(form("no declared type", null, pdf, valid))),
                Tuple.of(3, Combinators.combine(Arbitraries.of("application/pdf", "image/jpeg", "image/png",
                        "application/pdf; name=x.pdf"), Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(500))
                        .as((type, bytes) -> form("content not of its type " + type, type,
                                concat("MZ".getBytes(StandardCharsets.US_ASCII), bytes), valid))),
                Tuple.of(1, Arbitraries.just(form("an empty file", "application/pdf", new byte[0], valid))),
                Tuple.of(1, Arbitraries.just(form("no file", null, null, valid))),
                Tuple.of(1, Arbitraries.integers().between(33, 80).map(count -> {
                    Form form = form(count + " files", "application/pdf", pdf, valid);
                    for (int i = 1; i < count; i++) {
                        form = form.withFile("application/pdf", pdf);
                    }
                    return form;
                }))));
        if (valid != null) {
            // a type is a known one, lowercase words joined by hyphens, at most 64 characters long
            spoiled.add(Tuple.of(1, Arbitraries.just(form("no type", "application/pdf", pdf, null))));
            spoiled.add(Tuple.of(2, Arbitraries.oneOf(
                    Arbitraries.of("Fire Report", "../../etc/passwd", "FIRE", "-x", "", "   "),
                    Arbitraries.strings().withCharRange('a', 'z').ofMinLength(65).ofMaxLength(5_000))
                    .map(type -> form("type " + type, "application/pdf", pdf, type))));
        }
        Arbitrary<BadRequest> badForms = Combinators.combine(Arbitraries.frequencyOf(spoiled), names, accept())
                .as((form, name, accept) -> new BadRequest(form.mutation(), operation.method(), path, "",
                        MULTIPART + "; boundary=" + BOUNDARY, accept, form.named(name).encoded()));
        byte[] notAForm = (valid == null ? "{}" : "{\"type\":\"" + valid + "\"}").getBytes(StandardCharsets.UTF_8);
        Arbitrary<BadRequest> notForms = Arbitraries.of("application/json", MULTIPART, "text/plain")
                .map(type -> new BadRequest("not a form but " + type, operation.method(), path, "", type, "",
                        notAForm));
        Arbitrary<BadRequest> nowhere = unknownPath(operation, real).map(unknown -> new BadRequest(
                "an id naming nothing", operation.method(), unknown, "", MULTIPART + "; boundary=" + BOUNDARY, "",
                form("valid", "application/pdf", pdf, valid).encoded()));
        return Arbitraries.frequencyOf(Tuple.of(8, badForms), Tuple.of(1, notForms), Tuple.of(1, nowhere));
    }

    /** A multipart form: files (each a declared type and content) and the {@code type} part, if any. */
    private record Form(String mutation, String fileName, List<String> fileTypes, List<byte[]> files, String type) {

        Form withFile(String declaredType, byte[] content) {
            List<String> types = new ArrayList<>(fileTypes);
            types.add(declaredType);
            List<byte[]> contents = new ArrayList<>(files);
            contents.add(content);
            return new Form(mutation, fileName, types, contents, type);
        }

        Form named(String name) {
            return new Form(mutation, name, fileTypes, files, type);
        }

        byte[] encoded() {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int i = 0; i < files.size(); i++) {
                write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                        + fileName.replace("\"", "%22").replace("\r", "").replace("\n", "") + "\"\r\n"
                        + (fileTypes.get(i) == null ? "" : "Content-Type: " + fileTypes.get(i) + "\r\n") + "\r\n");
                body.writeBytes(files.get(i));
                write(body, "\r\n");
            }
            if (type != null) {
                write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type + "\r\n");
            }
            write(body, "--" + BOUNDARY + "--\r\n");
            return body.toByteArray();
        }

        private static void write(ByteArrayOutputStream body, String text) {
            body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Form form(String mutation, String declaredType, byte[] content, String type) {
        return content == null ? new Form(mutation, "report.pdf", List.of(), List.of(), type)
                : new Form(mutation, "report.pdf", List.of(), List.of(), type).withFile(declaredType, content);
    }

    // -- the parts of a request ----------------------------------------------------------------------------------

    /** The path with one of its parameters naming nothing. */
    private static Arbitrary<String> unknownPath(ApiOperation operation, RealValues real) {
        List<Parameter> parameters = operation.in("path");
        return Arbitraries.integers().between(0, parameters.size() - 1).flatMap(wrong -> {
            List<Arbitrary<String>> values = new ArrayList<>();
            for (int i = 0; i < parameters.size(); i++) {
                values.add(i == wrong ? unknownPathValue(parameters.get(i))
                        : Arbitraries.just(realValue(operation, parameters.get(i), real)));
            }
            return Combinators.combine(values).as(chosen -> pathWith(operation, chosen));
        });
    }

    /** A value naming nothing: a fresh UUID where a UUID is expected, or garbage that is not even a number. */
    private static Arbitrary<String> unknownPathValue(Parameter parameter) {
        Arbitrary<String> garbage = Arbitraries.oneOf(Arbitraries.of("..", "%", "not-an-id", " ", "%00", "null"),
                anyText(1, 200)).filter(value -> !value.strip().matches("[-+]?\\d+"));
        return parameter.schema().path("format").asText("").equals("uuid")
                ? Arbitraries.oneOf(garbage, Arbitraries.create(() -> UUID.randomUUID().toString()))
                : garbage;
    }

    private static String realValue(ApiOperation operation, Parameter parameter, RealValues real) {
        String value = real.find(operation, parameter.name());
        if (value == null) {
            throw new AssertionError("no real value for the parameter " + parameter.name() + " of " + operation
                    + ": add one to the fuzz test's real values");
        }
        return value;
    }

    private static String realQuery(ApiOperation operation, RealValues real) {
        StringBuilder query = new StringBuilder();
        operation.in("query").stream().filter(Parameter::required).forEach(parameter -> query
                .append(query.isEmpty() ? "" : "&").append(encode(parameter.name())).append('=')
                .append(encode(realValue(operation, parameter, real))));
        return query.toString();
    }

    private static String pathWith(ApiOperation operation, List<String> values) {
        String path = operation.path();
        List<Parameter> parameters = operation.in("path");
        for (int i = 0; i < parameters.size(); i++) {
            path = path.replace("{" + parameters.get(i).name() + "}", encode(values.get(i)));
        }
        return path;
    }

    /** Mostly none: an answer the client cannot accept is refused (406) before the rest of the request is read. */
    private static Arbitrary<String> accept() {
        return Arbitraries.frequencyOf(Tuple.of(20, Arbitraries.just("")),
                Tuple.of(1, Arbitraries.of("application/json", "*/*", "text/html", "application/xml", "garbage")));
    }

    /** Any text: control characters, CJK, quotes and the like, without unpaired surrogates. */
    private static StringArbitrary anyText(int minLength, int maxLength) {
        return Arbitraries.strings().withCharRange('\u0000', '\uD7FF').ofMinLength(minLength).ofMaxLength(maxLength);
    }

    /** Percent-encodes everything but RFC 3986's unreserved characters. */
    static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }

    private static JsonNode valueAt(JsonNode example, List<Object> path) {
        JsonNode node = example;
        for (Object step : path) {
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
        }
        return node;
    }

    private static JsonNode with(JsonNode example, List<Object> path, JsonNode value) {
        if (path.isEmpty()) {
            return value;
        }
        JsonNode copy = example.deepCopy();
        JsonNode parent = valueAt(copy, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            if (value == REMOVED) {
                object.remove((String) last);
            } else {
                object.set((String) last, value);
            }
        } else {
            ((ArrayNode) parent).set((Integer) last, value == REMOVED ? NODES.nullNode() : value);
        }
        return copy;
    }

    private static byte[] json(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
