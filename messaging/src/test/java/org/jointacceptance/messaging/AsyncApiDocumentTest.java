package org.jointacceptance.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/asyncapi.yaml, the AsyncAPI 3 document other systems render and generate clients from, says what the code,
 * the JSON Schemas and docs/events.md say: every topic, every event on the topic of the service that publishes it,
 * each event's payload the very schema the contract tests check, and nothing more.
 */
class AsyncApiDocumentTest {

    private static final Path DOCS = Path.of("..", "docs");
    private static final Path SCHEMA_FOLDER = Path.of("src", "main", "resources", "org", "jointacceptance",
            "messaging", "schema");
    private static final String DEAD_LETTER = "DeadLetter";
    /** What JSON Schema 2020-12 has and draft-07, the format the document declares its payloads in, reads otherwise. */
    private static final Set<String> BEYOND_DRAFT_07 = Set.of("prefixItems", "$dynamicRef", "$dynamicAnchor",
            "$anchor", "$recursiveRef", "$recursiveAnchor", "unevaluatedProperties", "unevaluatedItems",
            "dependentRequired", "dependentSchemas", "minContains", "maxContains", "$vocabulary");

    private static JsonNode document;

    @BeforeAll
    static void read() throws IOException {
        document = new ObjectMapper(new YAMLFactory()).readTree(DOCS.resolve("asyncapi.yaml").toFile());
    }

    static Stream<Class<? extends Record>> eventTypes() {
        return EventCatalogue.EVENT_TYPES.stream();
    }

    @Test
    void it_is_an_asyncapi_3_document_of_every_topic_and_no_other() {
        assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(document.at("/info/title").asText()).isNotBlank();
        assertThat(channelsByAddress().keySet()).containsExactlyInAnyOrderElementsOf(EventCatalogue.TOPICS);
    }

    @Test
    void each_topic_carries_exactly_the_events_of_the_service_that_publishes_there() {
        Map<String, JsonNode> channels = channelsByAddress();

        assertThat(messageNames(channels.get(Topics.ACCEPTANCE_EVENTS)))
                .containsExactlyInAnyOrderElementsOf(EventCatalogue.typesOn(Topics.ACCEPTANCE_EVENTS));
        assertThat(messageNames(channels.get(Topics.DEPARTMENT_EVENTS)))
                .containsExactlyInAnyOrderElementsOf(EventCatalogue.typesOn(Topics.DEPARTMENT_EVENTS));
        assertThat(messageNames(channels.get(Topics.NOTIFICATION_EVENTS))).as("reserved").isEmpty();
        for (String topic : List.of(Topics.ACCEPTANCE_EVENTS, Topics.DEPARTMENT_EVENTS)) {
            assertThat(messageNames(channels.get(topic + EventCatalogue.DEAD_LETTER_SUFFIX))).containsExactly(DEAD_LETTER);
        }
        channels.values().forEach(channel -> channel.path("messages").properties().forEach(message -> assertThat(
                message.getValue().path("$ref").asText()).isEqualTo("#/components/messages/" + message.getKey())));
    }

    @Test
    void the_document_describes_every_event_type_once_and_nothing_else() {
        List<String> described = new ArrayList<>();
        document.at("/components/messages").fieldNames().forEachRemaining(described::add);

        assertThat(described).containsExactlyInAnyOrderElementsOf(Stream.concat(
                EventCatalogue.EVENT_TYPES.stream().map(EventCodec::typeOf), Stream.of(DEAD_LETTER)).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void each_events_payload_is_its_json_schema_and_its_headers_name_its_type_and_source(Class<? extends Record> type)
            throws IOException {
        String name = EventCodec.typeOf(type);
        JsonNode message = document.at("/components/messages/" + name);
        String ref = message.at("/payload/schema/$ref").asText();
        Path schema = DOCS.resolve(ref).normalize();

        assertThat(message.path("name").asText()).isEqualTo(name);
        assertThat(message.path("contentType").asText()).isEqualTo(EventEnvelope.DATA_CONTENT_TYPE);
        assertThat(message.at("/payload/schemaFormat").asText()).isEqualTo("application/schema+json;version=draft-07");
        assertThat(schema).as("%s resolves to the schema the contract tests check", ref).isRegularFile()
                .isEqualTo(Path.of("..", "messaging").resolve(SCHEMA_FOLDER).resolve(name + ".schema.json"));
        assertThat(new ObjectMapper().readTree(schema.toFile()).path("title").asText()).isEqualTo(name);
        assertThat(message.at("/headers/allOf/0/$ref").asText()).isEqualTo("#/components/schemas/CloudEventHeaders");
        assertThat(message.at("/headers/allOf/1/properties/ce_type/const").asText()).isEqualTo(name);
        assertThat(message.at("/headers/allOf/1/properties/ce_source/const").asText())
                .isEqualTo(EventCatalogue.sourceOf(type));
    }

    @Test
    void every_schema_is_the_payload_of_one_message() throws IOException {
        List<String> referenced = new ArrayList<>();
        document.at("/components/messages").forEach(message -> {
            if (message.at("/payload/schema/$ref").isTextual()) {
                referenced.add(DOCS.resolve(message.at("/payload/schema/$ref").asText()).getFileName().toString());
            }
        });

        try (Stream<Path> files = Files.list(SCHEMA_FOLDER)) {
            assertThat(referenced).containsExactlyInAnyOrderElementsOf(
                    files.map(file -> file.getFileName().toString()).toList());
        }
    }

    @Test
    void the_schemas_use_nothing_that_draft_07_reads_otherwise() throws IOException {
        Set<String> keywords = new TreeSet<>();
        try (Stream<Path> files = Files.list(SCHEMA_FOLDER)) {
            for (Path file : files.toList()) {
                collectKeys(new ObjectMapper().readTree(file.toFile()), keywords);
            }
        }

        assertThat(keywords).doesNotContainAnyElementsOf(BEYOND_DRAFT_07);
    }

    @Test
    void each_topic_is_published_by_one_operation_sending_every_message_of_its_channel() {
        Map<String, List<String>> sent = new HashMap<>();
        document.path("operations").forEach(operation -> {
            assertThat(operation.path("action").asText()).isEqualTo("send");
            String channel = operation.at("/channel/$ref").asText();
            assertThat(document.at(channel.substring(1)).isMissingNode()).as(channel).isFalse();
            operation.path("messages").forEach(message -> {
                String ref = message.path("$ref").asText();
                assertThat(ref).startsWith(channel + "/messages/");
                assertThat(document.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
                sent.computeIfAbsent(channel, key -> new ArrayList<>()).add(ref.substring(ref.lastIndexOf('/') + 1));
            });
        });

        document.path("channels").properties().forEach(channel -> {
            List<String> messages = messageNames(channel.getValue());
            assertThat(sent.getOrDefault("#/channels/" + channel.getKey(), List.of())).as(channel.getKey())
                    .containsExactlyInAnyOrderElementsOf(messages);
        });
    }

    @Test
    void the_event_catalogue_lists_the_same_events_on_each_topic_and_links_the_document() throws IOException {
        String catalogue = Files.readString(DOCS.resolve("events.md"));
        Map<String, List<String>> listed = topicTable(catalogue);
        Map<String, JsonNode> channels = channelsByAddress();

        assertThat(listed.keySet()).containsExactlyInAnyOrderElementsOf(channels.keySet());
        listed.forEach((topic, events) -> assertThat(events).as("docs/events.md on %s", topic)
                .containsExactlyInAnyOrderElementsOf(messageNames(channels.get(topic)).stream()
                        .filter(message -> !message.equals(DEAD_LETTER)).toList()));
        assertThat(catalogue).contains("(asyncapi.yaml)");
    }

    /** The rows of the table in the catalogue's Topics section: each topic and the event types its last column names. */
    private static Map<String, List<String>> topicTable(String catalogue) {
        int section = catalogue.indexOf("\n## Topics\n");
        assertThat(section).as("docs/events.md has a Topics section").isNotNegative();
        String table = catalogue.substring(section, catalogue.indexOf("\n## ", section + 1));
        Map<String, List<String>> topics = new LinkedHashMap<>();
        Matcher row = Pattern.compile("(?m)^\\| `([a-z.-]+)` \\|.*\\| ([^|]*) \\|$").matcher(table);
        while (row.find()) {
            List<String> events = new ArrayList<>();
            for (String listed : row.group(2).split(",")) {
                if (listed.trim().matches("[A-Z][A-Za-z]+")) {
                    events.add(listed.trim());
                }
            }
            topics.put(row.group(1), events);
        }
        return topics;
    }

    private static Map<String, JsonNode> channelsByAddress() {
        Map<String, JsonNode> channels = new LinkedHashMap<>();
        document.path("channels").forEach(channel -> channels.put(channel.path("address").asText(), channel));
        return channels;
    }

    private static List<String> messageNames(JsonNode channel) {
        List<String> names = new ArrayList<>();
        channel.path("messages").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void collectKeys(JsonNode node, Set<String> keys) {
        node.properties().forEach(property -> {
            keys.add(property.getKey());
            collectKeys(property.getValue(), keys);
        });
        if (node.isArray()) {
            node.forEach(item -> collectKeys(item, keys));
        }
    }
}
