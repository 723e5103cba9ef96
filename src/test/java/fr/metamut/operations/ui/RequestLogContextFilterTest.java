package fr.metamut.operations.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import fr.metamut.support.TestUsers;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Every line logged while a request is served carries the user's login and the request's id. */
class RequestLogContextFilterTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger("fr.metamut.operations.test");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final RequestLogContextFilter filter = new RequestLogContextFilter();

    @BeforeEach
    void capture() {
        lines.start();
        logger.addAppender(lines);
    }

    @AfterEach
    void release() {
        logger.detachAppender(lines);
        SecurityContextHolder.clearContext();
    }

    private MockHttpServletResponse serve(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req,
                                   jakarta.servlet.http.HttpServletResponse res) {
                logger.info("serving {}", req.getRequestURI());
            }
        }));
        return response;
    }

    @Test
    void a_logged_in_users_request_logs_their_login_and_a_request_id() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                TestUsers.DIRECTOR_ADICO, null, AuthorityUtils.createAuthorityList("ROLE_DIRECTOR")));

        MockHttpServletResponse response = serve(new MockHttpServletRequest("GET", "/carte"));

        Map<String, String> context = lines.list.getFirst().getMDCPropertyMap();
        assertThat(context).containsEntry(RequestLogContextFilter.USER, TestUsers.DIRECTOR_ADICO);
        assertThat(context.get(RequestLogContextFilter.REQUEST_ID)).isNotBlank()
                .isEqualTo(response.getHeader(RequestLogContextFilter.HEADER));
        assertThat(MDC.getCopyOfContextMap()).as("nothing left on the thread after the request").isNullOrEmpty();
    }

    @Test
    void each_request_has_its_own_id() throws Exception {
        String first = serve(new MockHttpServletRequest("GET", "/")).getHeader(RequestLogContextFilter.HEADER);
        String second = serve(new MockHttpServletRequest("GET", "/")).getHeader(RequestLogContextFilter.HEADER);

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void a_visitor_not_logged_in_has_a_request_id_and_no_user() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

        serve(new MockHttpServletRequest("GET", "/connexion"));

        Map<String, String> context = lines.list.getFirst().getMDCPropertyMap();
        assertThat(context).doesNotContainKey(RequestLogContextFilter.USER);
        assertThat(context).containsKey(RequestLogContextFilter.REQUEST_ID);
    }

    @Test
    void the_proxys_request_id_is_kept_when_it_is_plausible_and_replaced_otherwise() throws Exception {
        MockHttpServletRequest fromNginx = new MockHttpServletRequest("GET", "/");
        fromNginx.addHeader(RequestLogContextFilter.HEADER, "4f1c2a9be0d94f6e8a7b3c2d1e0f9a8b");
        MockHttpServletRequest forged = new MockHttpServletRequest("GET", "/");
        forged.addHeader(RequestLogContextFilter.HEADER, "x\nFAKE LOG LINE admin logged in");

        assertThat(serve(fromNginx).getHeader(RequestLogContextFilter.HEADER)).isEqualTo("4f1c2a9be0d94f6e8a7b3c2d1e0f9a8b");
        assertThat(serve(forged).getHeader(RequestLogContextFilter.HEADER)).matches("[0-9a-f]{16}");
    }
}
