package org.jointacceptance.apitesting;

import static org.jointacceptance.apitesting.OpenApiDocument.fields;
import static org.jointacceptance.apitesting.OpenApiDocument.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The operations the service's OpenAPI document lists, each with its parameters and a valid example of its request
 * body built from the document's schemas and examples, for a fuzz test to start from.
 */
public final class ApiOperations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ApiOperations() {
    }

    /** One operation: {@code GET /applications/{id}}. */
    public record ApiOperation(String method, String path, List<Parameter> parameters, Body body) {

        /** Every operation but a read may change what is stored. */
        public boolean changesState() {
            return !method.equals("GET");
        }

        public List<Parameter> in(String where) {
            return parameters.stream().filter(parameter -> parameter.in().equals(where)).toList();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** A path or query parameter and its schema. */
    public record Parameter(String name, String in, JsonNode schema, boolean required) {
    }

    /**
     * A request body: its media type, its schema as documented, a valid example, and every field of the example with
     * the schema it must meet. A body the document describes only by its example (a string to the document, such as
     * acceptance-service's calendar arrangement) is read strictly by the service: every field required, unknown
     * fields refused.
     */
    public record Body(String mediaType, boolean required, JsonNode schema, JsonNode example, List<Field> fields) {
    }

    /** One value in the example body, where it is, what it must be, and whether it may be left out. */
    public record Field(List<Object> path, JsonNode schema, boolean required) {

        public String type() {
            return schema.path("type").asText("");
        }

        @Override
        public String toString() {
            return path.isEmpty() ? "(body)" : path.toString();
        }
    }

    public static List<ApiOperation> of(JsonNode document) {
        List<ApiOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : fields(document.path("paths"))) {
            for (Map.Entry<String, JsonNode> operation : fields(path.getValue())) {
                if (!OpenApiDocument.METHODS.contains(operation.getKey())) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    JsonNode resolved = resolve(document, parameter);
                    parameters.add(new Parameter(resolved.path("name").asText(), resolved.path("in").asText(),
                            schema(document, resolved.path("schema")), resolved.path("required").asBoolean(false)));
                }
                operations.add(new ApiOperation(operation.getKey().toUpperCase(), path.getKey(), parameters,
                        body(document, operation.getValue().path("requestBody"))));
            }
        }
        return operations;
    }

    /** The HTTP methods the document lists for a path. */
    public static Set<String> methodsOf(List<ApiOperation> operations, String path) {
        Set<String> methods = new TreeSet<>();
        operations.stream().filter(operation -> operation.path().equals(path))
                .forEach(operation -> methods.add(operation.method()));
        return methods;
    }

    private static Body body(JsonNode document, JsonNode requestBody) {
        if (requestBody.isMissingNode()) {
            return null;
        }
        Map.Entry<String, JsonNode> media = fields(requestBody.path("content")).get(0);
        JsonNode described = media.getValue();
        JsonNode documented = schema(document, described.path("schema"));
        JsonNode example = described.has("example") ? parsed(described.path("example")) : example(document, documented);
        JsonNode schema = described.has("example") ? strictSchemaOf(example) : documented;
        boolean required = requestBody.path("required").asBoolean(false);
        List<Field> fields = new ArrayList<>();
        catalogue(document, schema, example, new ArrayList<>(), required, fields);
        return new Body(media.getKey(), required, documented, example, fields);
    }

    /** A schema with what its {@code $ref} or single {@code allOf} names, and its own keys (an example, a limit). */
    public static JsonNode schema(JsonNode document, JsonNode schema) {
        JsonNode named = schema.has("$ref") ? schema(document, resolve(document, schema))
                : schema.path("allOf").size() == 1 ? schema(document, schema.path("allOf").get(0)) : null;
        if (named == null) {
            return schema;
        }
        ObjectNode merged = named.deepCopy();
        fields(schema).stream().filter(field -> !field.getKey().equals("$ref") && !field.getKey().equals("allOf"))
                .forEach(field -> merged.set(field.getKey(), field.getValue()));
        return merged;
    }

    private static JsonNode example(JsonNode document, JsonNode schema) {
        if (schema.has("example")) {
            return schema.path("example");
        }
        if (schema.path("examples").isArray() && !schema.path("examples").isEmpty()) {
            return schema.path("examples").get(0);
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        switch (schema.path("type").asText("")) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                for (Map.Entry<String, JsonNode> property : fields(schema.path("properties"))) {
                    JsonNode value = example(document, schema(document, property.getValue()));
                    if (value != null) {
                        object.set(property.getKey(), value);
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                JsonNode item = example(document, schema(document, schema.path("items")));
                if (item != null) {
                    array.add(item);
                }
                return array;
            }
            case "integer", "number" -> {
                return NODES.numberNode(schema.path("minimum").asInt(1));
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            case "string" -> {
                return NODES.textNode(switch (schema.path("format").asText("")) {
                    case "date" -> "2026-06-05";
                    case "uuid" -> "3f1c2a9e-7b4d-4e21-9a6f-0c5d8e2b1a47";
                    default -> "text";
                });
            }
            default -> {
                return null;
            }
        }
    }

    private static void catalogue(JsonNode document, JsonNode schema, JsonNode value, List<Object> path,
            boolean required, List<Field> fields) {
        fields.add(new Field(List.copyOf(path), schema, required));
        if (value.isObject()) {
            List<String> requiredNames = new ArrayList<>();
            schema.path("required").forEach(name -> requiredNames.add(name.asText()));
            for (Map.Entry<String, JsonNode> property : fields(value)) {
                JsonNode propertySchema = schema(document, schema.path("properties").path(property.getKey()));
                path.add(property.getKey());
                catalogue(document, propertySchema, property.getValue(), path,
                        requiredNames.contains(property.getKey()), fields);
                path.remove(path.size() - 1);
            }
        } else if (value.isArray()) {
            for (int index = 0; index < value.size(); index++) {
                path.add(index);
                // whether an item may be null is not in the document: items are never nulled
                catalogue(document, schema(document, schema.path("items")), value.get(index), path, false, fields);
                path.remove(path.size() - 1);
            }
        }
    }

    /** The schema a strictly read example stands for: every field required, dates where the example has dates. */
    private static JsonNode strictSchemaOf(JsonNode example) {
        ObjectNode schema = NODES.objectNode();
        if (example.isObject()) {
            schema.put("type", "object");
            ObjectNode properties = schema.putObject("properties");
            ArrayNode required = schema.putArray("required");
            fields(example).forEach(field -> {
                properties.set(field.getKey(), strictSchemaOf(field.getValue()));
                required.add(field.getKey());
            });
        } else if (example.isArray()) {
            schema.put("type", "array");
            schema.set("items", example.isEmpty() ? NODES.objectNode() : strictSchemaOf(example.get(0)));
        } else if (example.isIntegralNumber()) {
            schema.put("type", "integer");
        } else if (example.isNumber()) {
            schema.put("type", "number");
        } else if (example.isBoolean()) {
            schema.put("type", "boolean");
        } else if (example.isTextual()) {
            schema.put("type", "string");
            if (example.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                schema.put("format", "date");
            }
        }
        return schema;
    }

    private static JsonNode parsed(JsonNode example) {
        if (!example.isTextual()) {
            return example;
        }
        try {
            return JSON.readTree(example.asText());
        } catch (JsonProcessingException e) {
            return example;
        }
    }
}
