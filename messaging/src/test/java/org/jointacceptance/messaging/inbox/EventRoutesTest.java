package org.jointacceptance.messaging.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.enterprise.util.TypeLiteral;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.faulttolerance.api.Guard;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.MalformedEventException;
import org.junit.jupiter.api.Test;

/**
 * An event no route names is passed over by its type alone, unread; a routed event goes to its handler through the
 * retry guard, so that a failure that may pass is tried again, and an unreadable one is refused.
 */
class EventRoutesTest {

    record Ping(String word) {
    }

    private final Retry retry = new Retry(3);
    private final List<Ping> handled = new ArrayList<>();
    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void an_event_of_a_type_no_route_names_is_passed_over_unread() {
        EventRoutes routes = new EventRoutes(new EventCodec(new ObjectMapper()), retry)
                .on(Ping.class, (envelope, ping) -> handled.add(ping));

        // not a CloudEvent at all but for its type: nothing of it is read
        ConsumerRecord<String, String> unknown = new ConsumerRecord<>("acceptance.events", 0, 1, "key", "{\"word\": ");
        unknown.headers().add("ce_type", bytes("InspectionPostponed"));
        routes.handle(unknown);

        assertThat(handled).isEmpty();
        assertThat(retry.calls).hasValue(0);
    }

    @Test
    void a_routed_event_whose_handling_fails_is_retried_until_it_applies() {
        EventRoutes routes = new EventRoutes(new EventCodec(new ObjectMapper()), retry)
                .on(Ping.class, (envelope, ping) -> {
                    if (attempts.incrementAndGet() < 3) {
                        throw new IllegalStateException("the database is busy");
                    }
                    handled.add(ping);
                });

        routes.handle(event("Ping", "{\"word\": \"hello\"}"));

        assertThat(handled).containsExactly(new Ping("hello"));
        assertThat(attempts).hasValue(3);
    }

    @Test
    void a_routed_event_that_cannot_be_read_is_refused_at_once() {
        EventRoutes routes = new EventRoutes(new EventCodec(new ObjectMapper()), retry)
                .on(Ping.class, (envelope, ping) -> handled.add(ping));

        assertThatThrownBy(() -> routes.handle(event("Ping", "{\"word\": ")))
                .isInstanceOf(MalformedEventException.class);
        assertThat(retry.calls).hasValue(1);
        assertThat(handled).isEmpty();
    }

    private static ConsumerRecord<String, String> event(String type, String data) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("acceptance.events", 0, 7, "key", data);
        record.headers().add("ce_specversion", bytes("1.0")).add("ce_id", bytes(UUID.randomUUID().toString()))
                .add("ce_type", bytes(type)).add("ce_source", bytes("/acceptance-service"))
                .add("ce_time", bytes("2026-06-10T09:30:00+08:00"));
        return record;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** As {@link EventRetry}'s guard, without waiting: tries again after any failure but an unreadable event. */
    private static final class Retry implements Guard {

        final AtomicInteger calls = new AtomicInteger();
        private final int attempts;

        Retry(int attempts) {
            this.attempts = attempts;
        }

        @Override
        public <T> T get(Supplier<T> action, Class<T> type) {
            calls.incrementAndGet();
            for (int attempt = 1;; attempt++) {
                try {
                    return action.get();
                } catch (MalformedEventException e) {
                    throw e;
                } catch (RuntimeException e) {
                    if (attempt == attempts) {
                        throw e;
                    }
                }
            }
        }

        @Override
        public <T> T get(Supplier<T> action, TypeLiteral<T> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T call(Callable<T> action, Class<T> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T call(Callable<T> action, TypeLiteral<T> type) {
            throw new UnsupportedOperationException();
        }
    }
}
