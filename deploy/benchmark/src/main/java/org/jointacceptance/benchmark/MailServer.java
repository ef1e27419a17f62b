package org.jointacceptance.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.jointacceptance.infrastructure.FreePorts;

/**
 * The mail server of a kill-and-compare run: a real SMTP server (GreenMail) on this machine, on a port of its own that
 * notification-service is started with, counting the mails it receives by their Message-ID. It can be taken down for a
 * while (its port closed) and comes up again on the same port, keeping what it received.
 */
final class MailServer implements AutoCloseable {

    private final ServerSetup setup = new ServerSetup(FreePorts.pick(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private final Map<String, Integer> earlier = new HashMap<>();
    private GreenMail server;

    MailServer() {
        server = listen();
    }

    int port() {
        return setup.getPort();
    }

    /** Closes the port, waits {@code duration}, and listens again. */
    void down(Duration duration) {
        synchronized (this) {
            count(server, earlier);
            server.stop();
            server = null;
        }
        Load.pause(duration);
        synchronized (this) {
            server = listen();
        }
    }

    /** The mails received, by Message-ID: more than one for an id is a delivery sent again. */
    synchronized Map<String, Integer> mails() {
        Map<String, Integer> all = new HashMap<>(earlier);
        if (server != null) {
            count(server, all);
        }
        return all;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop();
        }
    }

    private GreenMail listen() {
        GreenMail listening = new GreenMail(setup);
        listening.start();
        return listening;
    }

    private static void count(GreenMail server, Map<String, Integer> mails) {
        Arrays.stream(server.getReceivedMessages()).map(MailServer::messageId)
                .forEach(id -> mails.merge(id, 1, Integer::sum));
    }

    private static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (MessagingException e) {
            return "(unreadable)";
        }
    }
}
