package fr.metamut.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The load harness's request probe (BENCHMARKS.md, "Load harness") is only there when the harness starts the
 * application with {@code metamut.benchmark.probe=true}: a normal start has no such filter.
 */
@ServerTest
class RoundTripProbeTest {

    @Autowired
    ApplicationContext application;

    @Test
    void a_normal_start_has_no_probe() {
        assertThat(application.getBeansOfType(RoundTripProbeConfiguration.class)).isEmpty();
        assertThat(application.getBeansOfType(FilterRegistrationBean.class).values())
                .noneMatch(registration -> registration.getFilter() instanceof RoundTripProbe);
    }

    @Test
    void the_probe_is_registered_only_when_the_property_asks_for_it() {
        WebApplicationContextRunner runner = new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(RoundTripProbeConfiguration.class));

        runner.run(context -> assertThat(context).doesNotHaveBean(RoundTripProbeConfiguration.class));
        runner.withPropertyValues(RoundTripProbeConfiguration.PROPERTY + "=false")
                .run(context -> assertThat(context).doesNotHaveBean(RoundTripProbeConfiguration.class));
        runner.withPropertyValues(RoundTripProbeConfiguration.PROPERTY + "=true")
                .run(context -> assertThat(context).hasBean("roundTripProbe"));
    }

    @Test
    void the_probe_leaves_the_requests_server_and_cpu_time_for_the_access_log() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        long[] busy = new long[1];
        MockFilterChain chain = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
                long until = System.nanoTime() + 5_000_000;
                while (System.nanoTime() < until) {
                    busy[0]++;
                }
            }
        });

        new RoundTripProbe().doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(busy[0]).isPositive();
        assertThat((Long) request.getAttribute(RoundTripProbe.WALL)).as("microseconds").isGreaterThanOrEqualTo(5_000);
        assertThat((Long) request.getAttribute(RoundTripProbe.CPU)).as("microseconds").isPositive();
    }
}
