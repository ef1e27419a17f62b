package org.jointacceptance.messaging.inbox;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import io.smallrye.faulttolerance.api.Guard;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.EventEnvelope;

/**
 * A listener's table of which handler takes which event, each read as its own record type; an event no route names
 * concerns the listener's service in nothing and is passed over by its {@code ce_type} alone, unread. Every other
 * record is handled as {@link EventHandling} says and retried as {@link EventRetry} says.
 */
public final class EventRoutes {

    private final EventCodec codec;
    private final Guard retry;
    private final Map<String, Consumer<EventEnvelope>> routes = new HashMap<>();

    /** {@code retry} is the guard {@link EventRetry} produces, {@code @Identifier(EventRetry.GUARD)}. */
    public EventRoutes(EventCodec codec, Guard retry) {
        this.codec = codec;
        this.retry = retry;
    }

    /** Routes events of {@code type} to {@code handler}. */
    public <T> EventRoutes on(Class<T> type, BiConsumer<EventEnvelope, T> handler) {
        if (routes.putIfAbsent(EventCodec.typeOf(type), envelope -> handler.accept(envelope,
                codec.decode(envelope, type))) != null) {
            throw new IllegalArgumentException(EventCodec.typeOf(type) + " is routed twice");
        }
        return this;
    }

    public void handle(ConsumerRecord<String, String> record) {
        Header type = record.headers().lastHeader("ce_type");
        if (type != null && !routes.containsKey(new String(type.value(), StandardCharsets.UTF_8))) {
            return;
        }
        retry.get(() -> {
            EventHandling.handle(record, envelope -> {
                Consumer<EventEnvelope> route = routes.get(envelope.type());
                if (route != null) { // a structured CloudEvent has its type in the value, not in a header
                    route.accept(envelope);
                }
            });
            return null;
        }, Void.class);
    }
}
