package fr.metamut.base.ui;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Measures each request on the server for the load harness (BENCHMARKS.md, "Load harness"): the wall time
 * and the CPU time of the thread that served it, in microseconds, left as the request attributes
 * {@value #WALL} and {@value #CPU} for Tomcat's access log ({@code %{probe.wall}r %{probe.cpu}r}), which
 * writes them next to the bytes sent on the wire ({@code %b}, after compression). Registered first in the
 * chain, so Spring Security and Vaadin are inside what it measures.
 *
 * <p>Off unless {@code metamut.benchmark.probe=true} ({@link RoundTripProbeConfiguration}). Plain servlet
 * API and JMX only: the harness's minimal Vaadin application compiles this same file, so both apps are
 * measured alike. Work done off the request's thread (push to other users, background jobs) is not in it.
 */
public class RoundTripProbe implements Filter {

    public static final String WALL = "probe.wall";
    public static final String CPU = "probe.cpu";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        try {
            chain.doFilter(request, response);
        } finally {
            request.setAttribute(WALL, (System.nanoTime() - wall) / 1_000);
            request.setAttribute(CPU, (threads.getCurrentThreadCpuTime() - cpu) / 1_000);
        }
    }
}
