package org.jointacceptance.notification;

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

    public synchronized void start() {
        if (greenMail == null) {
            greenMail = new GreenMail(setup);
            greenMail.start();
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
