package org.jointacceptance.messaging.inbox;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.faulttolerance.api.Guard;
import org.jointacceptance.messaging.MalformedEventException;

/**
 * How every listener retries an event it could not apply, the one policy for all of them: {@link EventRoutes} calls
 * each route through this guard (programmatically, so that an event no route names costs no guard). A failure that may pass (the database busy, an event that
 * overtook the one it needs) is retried, ever more slowly up to every 30 s, for ten minutes; the partition waits
 * meanwhile, so that one application's events keep their order. An unreadable event is not retried: it goes to the
 * dead-letter topic at once.
 */
@ApplicationScoped
public class EventRetry {

    public static final String GUARD = "event-retry";

    @Produces
    @Singleton
    @Identifier(GUARD)
    Guard eventRetry() {
        return Guard.create()
                .withRetry().maxRetries(-1).maxDuration(10, ChronoUnit.MINUTES).delay(500, ChronoUnit.MILLIS)
                .jitter(200, ChronoUnit.MILLIS).abortOn(MalformedEventException.class)
                .withExponentialBackoff().maxDelay(30, ChronoUnit.SECONDS).done()
                .done()
                .build();
    }
}
