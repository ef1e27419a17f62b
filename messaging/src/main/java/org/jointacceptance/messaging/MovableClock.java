package org.jointacceptance.messaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Objects;

import org.jboss.logging.Logger;

/**
 * A clock a training environment moves while the service runs: as far ahead of the wall clock (or behind it, with a
 * minus sign) as its file says, in {@code clock.offset}'s format ({@code P18D}, {@code -PT4320H}), the file read again
 * at most every {@code lookEvery}. Without the file it is the clock the service started with. A file that holds no
 * offset (being written, say) leaves the clock where it was.
 */
final class MovableClock extends Clock {

    private static final Logger LOG = Logger.getLogger(MovableClock.class);

    private final Clock wall;
    private final Clock started;
    private final Path file;
    private final long lookEveryNanos;
    private volatile Moved moved = Moved.NOT;
    private volatile long nextLook = System.nanoTime();

    MovableClock(Clock wall, Clock started, Path file, Duration lookEvery) {
        this.wall = wall;
        this.started = started;
        this.file = file;
        this.lookEveryNanos = lookEvery.toNanos();
    }

    @Override
    public Instant instant() {
        long now = System.nanoTime();
        if (now - nextLook >= 0) {
            nextLook = now + lookEveryNanos;
            look();
        }
        Moved current = moved;
        return current.offset() == null ? started.instant() : wall.instant().plus(current.offset());
    }

    private void look() {
        String text;
        try {
            text = Files.readString(file).strip();
        } catch (NoSuchFileException e) {
            text = null;
        } catch (IOException e) {
            return; // looked at again soon
        }
        Moved current = moved;
        if (Objects.equals(text, current.text())) {
            return;
        }
        if (text == null) {
            LOG.warnf("The clock runs as it started again (%s is gone)", file);
            moved = Moved.NOT;
            return;
        }
        try {
            moved = new Moved(text, Duration.parse(text));
            LOG.warnf("The clock moved: it runs the wall clock's time plus %s (%s)", text, file);
        } catch (DateTimeParseException e) {
            // not an offset, or not one yet: the clock stays where it was
        }
    }

    @Override
    public ZoneId getZone() {
        return started.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this
                : new MovableClock(wall.withZone(zone), started.withZone(zone), file, Duration.ofNanos(lookEveryNanos));
    }

    /** What the file said when last read, and the offset it gave; both null while the file is absent. */
    private record Moved(String text, Duration offset) {
        static final Moved NOT = new Moved(null, null);
    }
}
