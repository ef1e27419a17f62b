package org.jointacceptance.messaging.inbox;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.EventEnvelope;

/**
 * A listener's table of which handler takes which event, each read as its own record type; an event no route names
 * concerns the listener's service in nothing and is passed over. Records are handled as {@link EventHandling} says.
 */
public final class EventRoutes {

    private final EventCodec codec;
    private final Map<String, Consumer<EventEnvelope>> routes = new HashMap<>();

    public EventRoutes(EventCodec codec) {
        this.codec = codec;
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
        EventHandling.handle(record, envelope -> {
            Consumer<EventEnvelope> route = routes.get(envelope.type());
            if (route != null) {
                route.accept(envelope);
            }
        });
    }
}
