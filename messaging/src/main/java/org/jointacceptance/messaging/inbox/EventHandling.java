package org.jointacceptance.messaging.inbox;

import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jointacceptance.messaging.EventEnvelope;
import org.jointacceptance.messaging.MalformedEventException;

/**
 * What every Kafka listener does around its own handling: the application id in the log context, the record read
 * as a CloudEvent, and a failure logged before it is retried or sent to the dead-letter topic.
 */
public final class EventHandling {

    private static final Logger LOG = Logger.getLogger(EventHandling.class);

    private EventHandling() {
    }

    public static void handle(ConsumerRecord<String, String> record, Consumer<EventEnvelope> handler) {
        MDC.put("applicationId", record.key() == null ? "" : record.key());
        try {
            handler.accept(EventEnvelope.from(record));
        } catch (MalformedEventException e) {
            LOG.errorf("Unreadable event at %s-%d@%d goes to the dead-letter topic: %s", record.topic(),
                    record.partition(), record.offset(), e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf(e, "Event at %s-%d@%d could not be applied; it will be retried", record.topic(),
                    record.partition(), record.offset());
            throw e;
        } finally {
            MDC.remove("applicationId");
        }
    }
}
