package org.jointacceptance.notification;

import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The tests' real SMTP server (GreenMail) on a port of its own: what the service mails arrives here. A test stops it
 * to take the mail server down and starts it again on the same port; mails received before a stop are kept.
 */
public final class SmtpServer {

    private final ServerSetup setup;
    private final List<MimeMessage> earlier = new ArrayList<>();
    private GreenMail greenMail;

    SmtpServer(int port) {
        this.setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        start();
    }

    public int port() {
        return setup.getPort();
    }

    /** Starts the server and returns once it greets a client, as a mail server that is back does. */
    public synchronized void start() {
        if (greenMail == null) {
            greenMail = new GreenMail(setup);
            greenMail.start();
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(this::greets);
        }
    }

    private boolean greets() throws IOException {
        try (Socket socket = new Socket(setup.getBindAddress(), setup.getPort())) {
            socket.setSoTimeout(5_000);
            String greeting = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            socket.getOutputStream().write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
            return greeting != null && greeting.startsWith("220");
        }
    }

    public synchronized void stop() {
        if (greenMail != null) {
            earlier.addAll(Arrays.asList(greenMail.getReceivedMessages()));
            greenMail.stop();
            greenMail = null;
        }
    }

    /** Every mail received for {@code address}, oldest first. */
    public synchronized List<MimeMessage> mailsTo(String address) {
        List<MimeMessage> all = new ArrayList<>(earlier);
        if (greenMail != null) {
            all.addAll(Arrays.asList(greenMail.getReceivedMessages()));
        }
        return all.stream().filter(mail -> addressedTo(mail, address)).toList();
    }

    private static boolean addressedTo(MimeMessage mail, String address) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                    .anyMatch(recipient -> recipient.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
