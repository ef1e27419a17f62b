package org.jointacceptance.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Turns event payloads into JSON and back, the one place where the event contract meets Jackson. */
@ApplicationScoped
public class EventCodec {

    private final ObjectMapper mapper;

    public EventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The CloudEvent type of a payload: its record's simple name, e.g. {@code InspectionRequested}. */
    public static String typeOf(Object payload) {
        return typeOf(payload.getClass());
    }

    public static String typeOf(Class<?> payloadType) {
        return payloadType.getSimpleName();
    }

    public String encode(Object payload) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot encode " + typeOf(payload), e);
        }
    }

    public <T> T decode(EventEnvelope envelope, Class<T> payloadType) {
        try {
            T payload = mapper.readValue(envelope.data(), payloadType);
            if (payload == null) {
                throw new MalformedEventException("event " + envelope.id() + " of type " + envelope.type()
                        + " has null as its data");
            }
            return payload;
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("event " + envelope.id() + " of type " + envelope.type()
                    + " does not match its schema: " + e.getOriginalMessage(), e);
        }
    }
}
