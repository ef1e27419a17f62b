package org.jointacceptance.messaging.inbox;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jointacceptance.messaging.EventEnvelope;
import org.jointacceptance.messaging.MalformedEventException;
import org.jointacceptance.problem.RefusedData;

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
            throw toDeadLetterTopic(record, e);
        } catch (RuntimeException e) {
            Optional<SQLException> refused = RefusedData.in(e);
            if (refused.isPresent()) {
                // the same data would be refused on every retry: holding the partition back for it helps no one
                throw toDeadLetterTopic(record, new MalformedEventException(
                        "the database refuses the event's data: " + refused.get().getMessage(), e));
            }
            LOG.warnf(e, "Event at %s-%d@%d could not be applied; it will be retried", record.topic(),
                    record.partition(), record.offset());
            throw e;
        } finally {
            MDC.remove("applicationId");
        }
    }

    private static MalformedEventException toDeadLetterTopic(ConsumerRecord<String, String> record,
            MalformedEventException e) {
        LOG.errorf("Unreadable event at %s-%d@%d goes to the dead-letter topic: %s", record.topic(),
                record.partition(), record.offset(), e.getMessage());
        return e;
    }
}
