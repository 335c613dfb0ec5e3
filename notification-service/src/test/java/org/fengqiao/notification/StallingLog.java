package org.fengqiao.notification;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import org.slf4j.LoggerFactory;

/**
 * A log sink that takes {@code stall} to write each WARN line of one logger, as a console whose reader has fallen
 * behind or a log shipper that hangs would: whatever thread writes such a line is held that long. Records which
 * threads wrote them. {@link #close()} detaches it.
 */
public final class StallingLog extends UnsynchronizedAppenderBase<ILoggingEvent> implements AutoCloseable {

    private final Logger logger;
    private final Duration stall;
    private final List<String> threads = new CopyOnWriteArrayList<>();
    private final AtomicInteger written = new AtomicInteger();

    private StallingLog(Logger logger, Duration stall) {
        this.logger = logger;
        this.stall = stall;
    }

    public static StallingLog attachTo(Class<?> loggerOf, Duration stall) {
        Logger logger = (Logger) LoggerFactory.getLogger(loggerOf);
        StallingLog log = new StallingLog(logger, stall);
        log.setContext(logger.getLoggerContext());
        log.start();
        logger.addAppender(log);
        return log;
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (!event.getLevel().isGreaterOrEqual(Level.WARN)) {
            return;
        }
        threads.add(event.getThreadName());
        long until = System.nanoTime() + stall.toNanos();
        // Uninterruptible on purpose, like a blocked write.
        for (long left = stall.toNanos(); left > 0; left = until - System.nanoTime()) {
            LockSupport.parkNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)));
        }
        written.incrementAndGet();
    }

    /** The threads that started writing a WARN line, in order. */
    public List<String> threads() {
        return List.copyOf(threads);
    }

    /** How many WARN lines have been written completely. */
    public int written() {
        return written.get();
    }

    @Override
    public void close() {
        logger.detachAppender(this);
        stop();
    }
}
