package org.jointacceptance.notification.inbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArraySet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The new notifications, as they are committed, for whoever follows a recipient's inbox live. The database announces
 * each one when its transaction commits ({@code pg_notify} from a trigger, see V5), to every replica, in commit order;
 * this bean listens on a connection of its own and hands each to the followers of its recipient. A notification is
 * thus never pushed before it is committed, nor missed because another replica consumed its event. While the
 * connection is lost (the database restarts) live followers miss what is committed; they catch up when they resume
 * with the last notification they had.
 */
@ApplicationScoped
public class NotificationFeed {

    private static final Logger LOG = Logger.getLogger(NotificationFeed.class);
    private static final String CHANNEL = "notification_created";
    private static final int WAIT_MILLIS = 1_000;

    private final AgroalDataSource dataSource;
    private final Set<Follower> followers = new CopyOnWriteArraySet<>();
    private volatile boolean listening;
    private Thread listener;

    public NotificationFeed(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One client following one recipient: what is committed for the recipient waits here until the client reads it. */
    public final class Follower {

        private final String recipient;
        private final UnicastProcessor<Notification> notifications = UnicastProcessor.create();

        private Follower(String recipient) {
            this.recipient = recipient;
        }

        /** The recipient's notifications committed since {@link #follow}, until the client goes away. */
        public Multi<Notification> notifications() {
            return notifications.onTermination().invoke(this::stop);
        }

        /** Stops following, e.g. when the stream could not be opened. */
        public void stop() {
            followers.remove(this);
        }
    }

    /** Follows {@code recipient}'s new notifications from now on; they wait until the follower's stream is read. */
    public Follower follow(String recipient) {
        Follower follower = new Follower(recipient);
        followers.add(follower);
        return follower;
    }

    void start(@Observes StartupEvent startup) {
        listening = true;
        listener = new Thread(this::listen, "notification-feed");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        listening = false;
        listener.join(2 * WAIT_MILLIS);
        followers.forEach(follower -> follower.notifications.onComplete());
    }

    private void listen() {
        while (listening) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("listen " + CHANNEL);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (listening) {
                    PGNotification[] announced = postgres.getNotifications(WAIT_MILLIS);
                    if (announced != null) {
                        for (PGNotification notification : announced) {
                            hand(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (listening) {
                    LOG.warnf("The live feed of notifications lost its database connection; listening again in 1 s: %s",
                            e.getMessage());
                    pause();
                }
            }
        }
    }

    /** Hands the notification announced as {@code "<recipient> <id>"} to its recipient's followers, if any. */
    private void hand(String announcement) {
        int space = announcement.lastIndexOf(' ');
        String recipient = announcement.substring(0, space);
        if (followers.stream().noneMatch(follower -> follower.recipient.equals(recipient))) {
            return;
        }
        UUID id = UUID.fromString(announcement.substring(space + 1));
        Notification notification = QuarkusTransaction.requiringNew().call(() -> Notification.findById(id));
        followers.stream().filter(follower -> follower.recipient.equals(recipient))
                .forEach(follower -> follower.notifications.onNext(notification));
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
