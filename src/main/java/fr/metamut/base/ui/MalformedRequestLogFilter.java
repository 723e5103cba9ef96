package fr.metamut.base.ui;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

/**
 * Keeps malformed client requests from flooding the log. Vaadin logs each UIDL or push message it cannot
 * use — unparsable JSON, a wrong security key, an out-of-sequence message id, an RPC whose content does
 * not fit (logged as an "Unexpected error" with a 100-line stack trace), an invalid location — once per
 * request: anyone can send thousands. This filter replaces those lines by one line per kind and per
 * minute, without stack trace, naming the kind, the first such request's detail and how many of that
 * kind were left out since the previous line (counted until the next line of the kind).
 *
 * <p>An "Unexpected error" counts as a malformed request only when it arose while Vaadin read a client
 * message and no Métamut code is in its stack: an error of the application is logged in full as before.
 */
public class MalformedRequestLogFilter extends TurboFilter {

    /** The logger the summary lines are written to. */
    public static final String LOGGER = "fr.metamut.MalformedClientRequests";
    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MAX_DETAIL = 300;

    private static final String UIDL = "com.vaadin.flow.server.communication.UidlRequestHandler";
    private static final String PUSH = "com.vaadin.flow.server.communication.PushHandler";
    private static final String ERROR_HANDLER = "com.vaadin.flow.server.DefaultErrorHandler";
    private static final String RPC_HANDLER = "com.vaadin.flow.server.communication.ServerRpcHandler";
    private static final String APPLICATION = "fr.metamut.";

    /** Vaadin's message for each kind, by the logger that writes it. */
    private static final Map<String, Map<String, String>> KINDS = Map.of(
            UIDL, Map.of(
                    "Error writing JSON to response", "unparsable JSON",
                    "Invalid security key received from {}", "invalid security key",
                    "Message ID sync error. Expected: {}, received: {}", "message id out of sequence"),
            PUSH, Map.of(
                    "Error writing JSON to response", "unparsable JSON (push)",
                    "Rejected a push message with a body larger than the configured maximum of {} characters",
                    "push message too large"),
            ERROR_HANDLER, Map.of(
                    "Invalid location: {}", "invalid location"));

    private final LongSupplier nanoTime;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final org.slf4j.Logger summary = LoggerFactory.getLogger(LOGGER);

    public MalformedRequestLogFilter() {
        this(System::nanoTime);
    }

    MalformedRequestLogFilter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        setName("malformed-client-requests");
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (logger == null || format == null || !level.isGreaterOrEqual(Level.WARN)) {
            return FilterReply.NEUTRAL;
        }
        Throwable throwable = t != null ? t : lastThrowable(params);
        String kind = kindOf(logger.getName(), format, throwable);
        if (kind == null) {
            return FilterReply.NEUTRAL;
        }
        long left = windows.computeIfAbsent(kind, k -> new Window()).admit(nanoTime.getAsLong());
        if (left >= 0) {
            String detail = detail(format, params, throwable);
            if (left == 0) {
                summary.warn("Malformed client request ignored ({}): {}", kind, detail);
            } else {
                summary.warn("Malformed client request ignored ({}): {}; {} more of this kind not logged since the previous line",
                        kind, detail, left);
            }
        }
        return FilterReply.DENY;
    }

    private static String kindOf(String logger, String format, Throwable throwable) {
        String kind = KINDS.getOrDefault(logger, Map.of()).get(format);
        if (kind == null && logger.equals(ERROR_HANDLER) && throwable != null && whileReadingAClientMessage(throwable)) {
            kind = "unusable RPC: " + rootCause(throwable).getClass().getSimpleName();
        }
        return kind;
    }

    /**
     * Thrown while Vaadin's RPC handling read the message, with no application code between: the stack of
     * the innermost cause, from where it was thrown down to the RPC handler, holds no Métamut frame. (What
     * called the RPC handler — servlet filters, some of them Métamut's — does not count.)
     */
    static boolean whileReadingAClientMessage(Throwable throwable) {
        for (StackTraceElement frame : rootCause(throwable).getStackTrace()) {
            if (frame.getClassName().startsWith(RPC_HANDLER)) {
                return true;
            }
            if (frame.getClassName().startsWith(APPLICATION)) {
                return false;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable throwable) {
        Throwable root = throwable;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /**
     * What the request did wrong: Vaadin's message, or for an exception its innermost cause and where it was
     * thrown. On one line and cut short: it may quote what the client sent.
     */
    private static String detail(String format, Object[] params, Throwable throwable) {
        String detail;
        if (throwable == null) {
            detail = MessageFormatter.basicArrayFormat(format, params);
        } else {
            Throwable root = rootCause(throwable);
            StackTraceElement[] frames = root.getStackTrace();
            detail = root.getClass().getName() + ": " + root.getMessage() + (frames.length == 0 ? "" : " at " + frames[0]);
        }
        String line = detail.replaceAll("\\p{Cntrl}+", " ");
        return line.length() <= MAX_DETAIL ? line : line.substring(0, MAX_DETAIL) + "…";
    }

    private static Throwable lastThrowable(Object[] params) {
        return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable t ? t : null;
    }

    /** One kind's current minute: when it started and how many lines were left out since. */
    private static final class Window {

        private long start;
        private long suppressed = -1;

        /** The number left out before this line if this one is to be written, {@code -1} if it is left out too. */
        synchronized long admit(long now) {
            if (suppressed >= 0 && now - start < WINDOW.toNanos()) {
                suppressed++;
                return -1;
            }
            long left = Math.max(suppressed, 0);
            start = now;
            suppressed = 0;
            return left;
        }
    }
}
