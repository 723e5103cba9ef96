package fr.metamut.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import ch.qos.logback.core.spi.FilterReply;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class MalformedRequestLogFilterTest {

    private final AtomicLong now = new AtomicLong();
    private final MalformedRequestLogFilter filter = new MalformedRequestLogFilter(now::get);
    private final LoggerContext context = new LoggerContext();
    private final Logger uidl = context.getLogger("com.vaadin.flow.server.communication.UidlRequestHandler");
    private final Logger errors = context.getLogger("com.vaadin.flow.server.DefaultErrorHandler");
    private final Logger summary = (Logger) LoggerFactory.getLogger(MalformedRequestLogFilter.LOGGER);
    private final ListAppender<ILoggingEvent> written = new ListAppender<>();

    @BeforeEach
    void listen() {
        written.start();
        summary.addAppender(written);
    }

    @AfterEach
    void stopListening() {
        summary.detachAppender(written);
    }

    @Test
    void one_line_per_kind_and_minute_then_one_with_the_count_of_those_left_out() {
        for (int i = 0; i < 50; i++) {
            assertThat(decide(uidl, Level.WARN, "Invalid security key received from {}", "10.0.0.7")).isEqualTo(FilterReply.DENY);
            assertThat(decide(uidl, Level.WARN, "Message ID sync error. Expected: {}, received: {}", 3, 9)).isEqualTo(FilterReply.DENY);
        }
        now.addAndGet(MalformedRequestLogFilter.WINDOW.toNanos());
        decide(uidl, Level.WARN, "Invalid security key received from {}", "10.0.0.8");

        assertThat(written.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "Malformed client request ignored (invalid security key): Invalid security key received from 10.0.0.7",
                "Malformed client request ignored (message id out of sequence): Message ID sync error. Expected: 3, received: 9",
                "Malformed client request ignored (invalid security key): Invalid security key received from 10.0.0.8;"
                        + " 49 more of this kind not logged since the previous line");
        assertThat(written.list).allSatisfy(event -> assertThat(event.getThrowableProxy()).isNull());
    }

    @Test
    void an_error_in_reading_a_client_message_is_summed_up_on_one_line_without_the_client_text_breaking_it() {
        Exception rpc = thrownBy("com.vaadin.flow.server.communication.ServerRpcHandler",
                new ClassCastException("not a list\nforged line"));

        assertThat(decide(errors, Level.ERROR, "Unexpected error: {}", rpc.getMessage(), rpc)).isEqualTo(FilterReply.DENY);

        assertThat(written.list).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .startsWith("Malformed client request ignored (unusable RPC: ClassCastException): java.lang.ClassCastException: not a list forged line at ")
                .doesNotContain("\n");
    }

    @Test
    void an_error_of_the_application_and_other_messages_are_left_alone() {
        Exception bug = thrownBy("fr.metamut.offer.ui.view.OfferEditorView", new IllegalStateException("bug"));

        assertThat(decide(errors, Level.ERROR, "Unexpected error: {}", bug.getMessage(), bug)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide(uidl, Level.WARN, "Something else", "x")).isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide(uidl, Level.DEBUG, "Invalid security key received from {}", "x")).isEqualTo(FilterReply.NEUTRAL);
        assertThat(written.list).isEmpty();
    }

    private FilterReply decide(Logger logger, Level level, String format, Object... params) {
        return filter.decide(null, logger, level, format, params, null);
    }

    /** An exception whose stack passes through {@code className}, as if thrown there. */
    private static Exception thrownBy(String className, RuntimeException cause) {
        cause.setStackTrace(new StackTraceElement[] {
                new StackTraceElement(className, "handle", "Source.java", 1),
                new StackTraceElement("com.vaadin.flow.server.communication.ServerRpcHandler", "handleRpc", "ServerRpcHandler.java", 2)});
        return new RuntimeException("wrapped", cause);
    }
}
