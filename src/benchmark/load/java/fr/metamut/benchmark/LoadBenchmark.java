package fr.metamut.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The load harness of issue 13 (BENCHMARKS.md, "Load harness"): Métamut's production jar against a minimal
 * Vaadin application (src/benchmark/baseline, built here), both started by this harness, measured from the
 * server side in the same run. A {@code main}, not a test, and compiled only with the {@code load} profile.
 *
 * <p>Servers run on core 1 ({@code taskset -c 1}), this JVM, Playwright's drivers and Chromium on core 0 (the
 * command line starts this JVM with {@code taskset -c 0}; children inherit it), so the clients cannot take the
 * servers' core. Users are Playwright browser contexts (one cookie jar each) spread over at most
 * {@value #WORKERS} Chromium browsers, one thread each: at most that many requests are in flight at once, the
 * other users wait between their steps (their think time is the other users' steps).
 *
 * <p>Each request's server wall and thread CPU time come from {@code RoundTripProbe} (the same source file in
 * both apps, on with {@code --metamut.benchmark.probe=true}) through Tomcat's access log, which also gives the
 * bytes sent on the wire ({@code %b}, after compression). Every request carries the header
 * {@value #ACTION_HEADER} naming the level, the action, the user and the step, so the log says which action
 * each request served. Heap per idle session: {@code jcmd GC.run} and {@code GC.heap_info} before and after
 * {@code --heap-sessions} more users logged in and left on the matrix (the baseline's grid), on servers that have
 * only started and served two warm-up users (no earlier session can expire during the phase).
 */
public final class LoadBenchmark {

    static final int WORKERS = 5;
    static final String ACTION_HEADER = "X-Bench-Action";
    private static final String ACCESS_LOG_PATTERN =
            "%{probe.wall}r %{probe.cpu}r %b %s %m %U%q \"%{" + ACTION_HEADER + "}i\"";
    private static final Pattern LOG_LINE =
            Pattern.compile("^(\\d+|-) (\\d+|-) (\\d+|-) (\\d+) (\\S+) (\\S+) \"([^\"]*)\"$");
    private static final String PASSWORD = "metamut2021";
    private static final String DIRECTORS = "adica,adico,cap_oise,cdg59,cdg62,fibre_5962,rvvn,spl_xdemat,somme_num";
    private static final String CONFIRM = "#confirm-dialog [slot=confirm-button]";
    private static final Pattern REMOVED = Pattern.compile("« (.*) » en (.*) \\?");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final String VAADIN_IDLE = """
            () => {
              const flow = window.Vaadin && window.Vaadin.Flow;
              if (!flow || !flow.clients || Object.keys(flow.clients).length === 0) { return false; }
              return Object.values(flow.clients).every(client => !client.isActive());
            }""";

    private final Path root = Path.of("").toAbsolutePath();
    private final Path work;
    private final Map<String, String> options;
    private final List<String> report = new ArrayList<>();

    private LoadBenchmark(Map<String, String> options) {
        this.options = options;
        this.work = root.resolve(options.get("work"));
    }

    /**
     * Options: --levels=1,5,10,50 --heap-sessions=50 --port=8093 --baseline-port=8094 --aot=true
     * --fanout-saves=5 --work=target/load --jar=target/metamut.jar; --report-only
     * prints the figures of the last run's access logs again.
     *
     * <p>Two nodes on one PostgreSQL against two independent nodes (issue 15, see {@link TwoNodes}): --nodes=2
     * --db-url=jdbc:postgresql://localhost:5432/db --db-url2=jdbc:postgresql://localhost:5432/db2
     * [--db-user=metamut --db-password=metamut] [--users=10] [--warmup=2] [--rounds=1] [--pace=0] (ms per step
     * and user) [--stagger=false] (under a pace, the users' first steps spread over one pace) [--alone=false]
     * [--port2=port+1] [--node-cores=1:1] (the cores of node A and reference A, then of node B and reference B)
     * [--clustered-first=false] (the clustered pair's level before the references' in each round)
     * [--alternate=false] (the order swapped at every other round, so that pooled rounds balance it);
     * --levels, --heap-sessions, --fanout-saves and --aot do not apply, the baseline is not built.
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("levels", "1,5,10,50", "heap-sessions", "50",
                "port", "8093", "baseline-port", "8094", "aot", "true", "fanout-saves", "5", "work", "target/load", "jar", "target/metamut.jar"));
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        new LoadBenchmark(options).run();
    }

    private void run() throws Exception {
        Files.createDirectories(work);
        if (options.getOrDefault("nodes", "1").equals("2")) {
            new TwoNodes().run();
            return;
        }
        Path metamutJar = root.resolve(options.get("jar"));
        if (!Files.exists(metamutJar)) {
            throw new IllegalStateException("build it first: ./mvnw -Pproduction package -DskipTests");
        }
        Path baselineJar = Boolean.parseBoolean(options.getOrDefault("report-only", "false"))
                ? root.resolve("src/benchmark/baseline/target/baseline.jar") : buildBaseline();
        note("Run of " + Instant.now() + ", " + Runtime.version() + ", load average " + loadAverage());
        App metamut = new App("Métamut", metamutJar, Integer.parseInt(options.get("port")), "connexion",
                work.resolve("metamut"));
        App baseline = new App("baseline", baselineJar, Integer.parseInt(options.get("baseline-port")), "login",
                work.resolve("baseline"));
        if (Boolean.parseBoolean(options.getOrDefault("report-only", "false"))) {
            // the figures again from the access logs of the last run (no level table: its timings are gone)
            summarize(metamut, baseline);
            return;
        }
        Thread stopServers = new Thread(() -> {
            try {
                metamut.stop();
                baseline.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(stopServers);
        // each run measures its own requests
        Files.deleteIfExists(metamut.accessLog);
        Files.deleteIfExists(baseline.accessLog);
        try {
            coldStarts(metamut, baseline);
            // the heap first, on servers just started: later, the sessions of the first levels reach the 30-minute
            // timeout during the phase and Tomcat frees them between "before" and "after" (the fourth run's
            // baseline counted 187 KB per session that way, against 321 KB on a server that had only warmed up)
            int heapSessions = Integer.parseInt(options.get("heap-sessions"));
            if (heapSessions > 0) {
                for (App app : List.of(baseline, metamut)) {
                    heapPerSession(app, heapSessions);
                }
            }
            for (String level : options.get("levels").split(",")) {
                int users = Integer.parseInt(level.strip());
                for (App app : List.of(baseline, metamut)) {
                    runLevel(app, users);
                }
            }
        } finally {
            metamut.stop();
            baseline.stop();
        }
        summarize(metamut, baseline);
        Path out = work.resolve("results-" + Instant.now().toString().replace(':', '-') + ".md");
        Files.write(out, report);
        System.out.println("\nWritten to " + out);
    }

    private Path buildBaseline() throws IOException, InterruptedException {
        Path pom = root.resolve("src/benchmark/baseline/pom.xml");
        note("Building the baseline: mvnw -f " + root.relativize(pom) + " package");
        Process build = new ProcessBuilder(root.resolve("mvnw").toString(), "-f", pom.toString(), "-B", "-q", "-ntp",
                "package").directory(root.toFile()).inheritIO().start();
        if (build.waitFor() != 0) {
            throw new IllegalStateException("the baseline did not build");
        }
        return root.resolve("src/benchmark/baseline/target/baseline.jar");
    }

    // ---- start-up ----------------------------------------------------------------------------------------

    private void coldStarts(App metamut, App baseline) throws Exception {
        note("\n### Cold start to a login page that can log in (server on core 1)\n");
        note("| app | start | first 200 on the login page | a login through the form succeeded after |");
        note("| --- | --- | --- | --- |");
        // a first start creates Métamut's H2 database and loads the report: not what later starts do
        if (!Files.exists(metamut.dir.resolve("data"))) {
            metamut.start(List.of());
            metamut.stop();
        }
        baseline.coldStart("plain", List.of());
        baseline.stop();
        if (Boolean.parseBoolean(options.get("aot"))) {
            // as the README says: the jar extracted (the JDK caches only classes of plain jars on the class path,
            // not those Spring Boot's launcher loads from the jars nested in the executable jar), then a training run
            Path extracted = metamut.dir.resolve("extracted");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            exec(java, "-Djarmode=tools", "-jar", metamut.jar.toString(), "extract", "--force", "--destination",
                    extracted.toString());
            App fromCache = new App(metamut.name, extracted.resolve(metamut.jar.getFileName()), metamut.port,
                    metamut.loginPath, metamut.dir);
            Path cache = extracted.resolve("metamut.aot");
            Process training = fromCache.launch(List.of("-XX:AOTCacheOutput=" + cache, "-Dspring.context.exit=onRefresh"),
                    List.of("--server.port=0"), metamut.dir.resolve("training.log"));
            training.waitFor(5, TimeUnit.MINUTES);
            fromCache.coldStart("AOT cache (extracted jar)", List.of("-XX:AOTCache=" + cache));
            fromCache.stop();
        }
        metamut.coldStart("plain", List.of());
        baseline.coldStart("plain", List.of());
    }

    // ---- the users -----------------------------------------------------------------------------------------

    private void runLevel(App app, int users) throws Exception {
        String before = loadAverage();
        long start = System.nanoTime();
        List<String> failures = drive(app, users, String.valueOf(users), true, () -> { });
        double seconds = (System.nanoTime() - start) / 1e9;
        app.levels.put(users, new Level(users, seconds, before, loadAverage(), failures));
        System.out.printf("%s, %d users: %.1f s, %d failures%n", app.name, users, seconds, failures.size());
    }

    /**
     * Runs the journey (or only logs in and opens the matrix) for {@code users} users; {@code whileOpen} runs
     * once every user is done and before their browsers close. Returns the failures.
     */
    private List<String> drive(App app, int users, String level, boolean journey, Runnable whileOpen)
            throws Exception {
        return drive(app, IntStream.range(0, users).boxed().toList(), level, journey, Duration.ZERO, whileOpen);
    }

    /**
     * The same for the users numbered {@code numbers} (the number chooses the director, cells and offering); a
     * positive {@code pace} lets each user start a step at most once per {@code pace}, so the rate of requests
     * offered no longer depends on how fast the clients' core runs (as long as the steps take less than it).
     */
    private List<String> drive(App app, List<Integer> numbers, String level, boolean journey, Duration pace,
                               Runnable whileOpen) throws Exception {
        int users = numbers.size();
        int workers = Math.min(WORKERS, users);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch ready = new CountDownLatch(workers);
        CountDownLatch release = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        // --stagger=true: under a pace, the users' first steps spread evenly over one pace, not all at once,
        // counted from the moment every worker's browser and contexts are ready (launching them takes seconds)
        boolean stagger = !pace.isZero() && staggered();
        AtomicLong start = new AtomicLong();
        CyclicBarrier launched = new CyclicBarrier(workers, () -> start.set(System.nanoTime()));
        for (int w = 0; w < workers; w++) {
            int worker = w;
            // Playwright's objects belong to the thread that made them: each worker makes, uses and closes its own
            done.add(pool.submit(() -> {
                try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                     Browser browser = newBrowser(playwright)) {
                    try {
                        List<User> mine = new ArrayList<>();
                        for (int u = worker; u < users; u += workers) {
                            mine.add(new User(app, level, numbers.get(u), browser.newContext(new Browser.NewContextOptions()
                                    .setLocale("fr-FR").setViewportSize(1400, 1000))));
                        }
                        if (stagger) {
                            launched.await(5, TimeUnit.MINUTES);
                            for (int i = 0; i < mine.size(); i++) {
                                mine.get(i).firstStepAt(start.get() + pace.toNanos() * (worker + i * workers) / users);
                            }
                        }
                        for (Step step : journey ? app.journey() : app.openOnly()) {
                            for (User user : mine) {
                                if (user.failed == null) {
                                    try {
                                        user.paced(pace);
                                        step.run(user);
                                    } catch (RuntimeException e) {
                                        user.failed = step.name() + ": "
                                                + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                                        failures.add(app.name + " user " + user.number + " " + user.failed);
                                    }
                                }
                            }
                        }
                    } finally {
                        ready.countDown();
                    }
                    release.await();
                }
                return null;
            }));
        }
        ready.await();
        try {
            whileOpen.run();
        } finally {
            release.countDown();
            for (Future<?> f : done) {
                f.get(10, TimeUnit.MINUTES);
            }
            pool.shutdown();
        }
        return new ArrayList<>(failures);
    }

    /** {@code --stagger=true}: under a pace, the users' first steps spread over one pace. */
    private boolean staggered() {
        return Boolean.parseBoolean(options.getOrDefault("stagger", "false"));
    }

    private static Browser newBrowser(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--no-first-run",
                        "--disable-sync", "--lang=fr-FR")));
    }

    private void heapPerSession(App app, int sessions) throws Exception {
        // two users first, so that "before" holds what the first pages load once (classes, caches, templates)
        drive(app, 2, "heap-warmup", false, () -> { });
        long before = app.heapAfterGc();
        long connectionsBefore = app.openConnections();
        String load = loadAverage();
        long[] after = new long[4];
        List<String> failures = drive(app, sessions, "heap", false, () -> {
            long measured = System.nanoTime();
            after[0] = heapAfterGcUnchecked(app);
            after[1] = app.openConnectionsUnchecked();
            if (app.isMetamut()) {
                fanOut(app, sessions, Integer.parseInt(options.get("fanout-saves")));
            }
            // the steady state: the page loads' extra keep-alive connections closed by Tomcat after 60 s idle
            // (its default timeout); each user keeps its push websocket and the connection of its heartbeats
            long wait = STEADY_AFTER.toMillis() - (System.nanoTime() - measured) / 1_000_000;
            try {
                Thread.sleep(Math.max(0, wait));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            after[2] = heapAfterGcUnchecked(app);
            after[3] = app.openConnectionsUnchecked();
        });
        app.heap = new long[] {before, after[0], sessions - failures.size(), after[2], connectionsBefore, after[1],
                after[3]};
        app.heapLoad = load + " → " + loadAverage();
        failures.forEach(f -> System.out.println("heap phase: " + f));
    }

    /**
     * With {@code open} users idle on the matrix, another director removes one of its offerings and adds it
     * back {@code saves} times; after each, the time Métamut logs for telling every open screen of the change
     * (SharedCoverage's debug line, present from the shared matrix of issue 13 on).
     */
    private void fanOut(App app, int open, int saves) {
        if (saves <= 0) {
            return;
        }
        Path log = app.dir.resolve("server.log");
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = newBrowser(playwright)) {
            User saver = new User(app, "fanout", 1000, browser.newContext(new Browser.NewContextOptions()
                    .setLocale("fr-FR").setViewportSize(1400, 1000)));
            saver.login("directeur." + saver.director());
            for (int i = 0; i < saves; i++) {
                int before = FANOUT_LINE.matcher(Files.readString(log)).results().toList().size();
                saver.saveOffering();
                long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                List<MatchResult> lines = List.of();
                while (System.nanoTime() < until && lines.size() <= before) {
                    Thread.sleep(200);
                    lines = FANOUT_LINE.matcher(Files.readString(log)).results().toList();
                }
                if (lines.size() <= before) {
                    app.fanOut.add("no line in 30 s (no shared matrix in this version?)");
                    return;
                }
                for (MatchResult line : lines.subList(before, lines.size())) {
                    app.fanOut.add(line.group(1) + " ms (" + open + " matrices open)");
                }
            }
            // the saver's session is no idle matrix: ended before the heap is measured again
            saver.logout();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** When the heap is measured a second time, after the last login of the heap phase. */
    private static final Duration STEADY_AFTER = Duration.ofSeconds(75);

    private static final Pattern FANOUT_LINE = Pattern.compile("Coverage change told to the open screens in (\\d+) ms");

    private static long heapAfterGcUnchecked(App app) {
        try {
            return app.heapAfterGc();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One simulated user: a browser context (its own cookies) and the page it works in. */
    final class User {
        final App app;
        final String level;
        final int number;
        final BrowserContext context;
        final Page page;
        int step;
        String failed;
        /** When this user may start its next step ({@link System#nanoTime()}), under a pace. */
        private long nextStepNanos = Long.MIN_VALUE;

        User(App app, String level, int number, BrowserContext context) {
            this.app = app;
            this.level = level;
            this.number = number;
            this.context = context;
            context.setDefaultTimeout(120_000);
            this.page = context.newPage();
        }

        /** When this user may start its first step under a pace ({@link System#nanoTime()}). */
        void firstStepAt(long nanos) {
            nextStepNanos = nanos;
        }

        /** Waits until this user may start its next step under {@code pace} (none when zero). */
        void paced(Duration pace) {
            if (pace.isZero()) {
                return;
            }
            long now = System.nanoTime();
            if (nextStepNanos != Long.MIN_VALUE && nextStepNanos > now) {
                try {
                    Thread.sleep(Duration.ofNanos(nextStepNanos - now));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                now = nextStepNanos;
            }
            nextStepNanos = now + pace.toNanos();
        }

        /** Tags the requests that follow with the action they serve. */
        void action(String kind) {
            context.setExtraHTTPHeaders(Map.of(ACTION_HEADER, level + "/" + kind + "/" + number + "/" + step++));
        }

        void open(String kind, String path) {
            action(kind);
            page.navigate(app.url(path));
            idle();
        }

        /** Clicks and waits for the round trip it causes, then for Vaadin to be idle. */
        void roundTrip(String kind, String selector) {
            action(kind);
            page.waitForResponse(r -> r.url().contains("v-r=uidl"), () -> page.locator(selector).first().click());
            idle();
        }

        void idle() {
            page.waitForFunction(VAADIN_IDLE);
        }

        void login(String username) {
            action("login");
            page.navigate(app.url(app.loginPath));
            idle();
            page.fill("#login-form vaadin-text-field[name=username] input", username);
            page.fill("#login-form vaadin-password-field[name=password] input", PASSWORD);
            page.locator("#login-form vaadin-button[slot=submit]").click();
            page.waitForURL(url -> !url.contains(app.loginPath));
            idle();
        }

        void logout() {
            roundTrip("logout", "#logout");
            page.waitForURL(url -> url.contains(app.loginPath));
        }

        String director() {
            String[] directors = DIRECTORS.split(",");
            return directors[number % directors.length];
        }

        void menu(String kind, String path) {
            roundTrip(kind, "vaadin-side-nav-item[path$='" + path + "']");
            page.waitForURL(url -> url.endsWith("/" + path));
        }

        void clickCell(int k) {
            int cells = page.locator("#coverage-matrix span[role=button]").count();
            roundTrip("cell-click", "#coverage-matrix span[role=button] >> nth=" + Math.floorMod(number * 7 + k * 13, cells));
        }

        /**
         * Removes one of the director's offerings, confirmed, then adds it back: two saves that each move a cell,
         * so that every open matrix, dashboard and desk is told (a note's change moves none and is told to nobody),
         * and that leave the data as they found it (removals alone ran the smaller operators out of offerings).
         */
        void saveOffering() {
            open("operator-load", "operateurs/" + director().toUpperCase());
            String remove = "#offerings-grid vaadin-button.offering-remove";
            int rows = page.locator(remove).count();
            if (rows == 0) {
                throw new IllegalStateException("no offering to remove for " + director());
            }
            int row = (number / DIRECTORS.split(",").length) % rows;
            action("offering-remove");
            page.waitForResponse(r -> r.url().contains("v-r=uidl"), () -> page.locator(remove).nth(row).click());
            page.locator(CONFIRM).first().waitFor(); // the dialog holds a second, hidden, confirm button
            idle();
            // « <service> » en <département> ?
            Matcher removed = REMOVED.matcher(page.locator("#confirm-dialog").getAttribute("aria-description"));
            if (!removed.find()) {
                throw new IllegalStateException("no service and département in the confirmation");
            }
            roundTrip("offering-save", CONFIRM);
            roundTrip("offering-add", "#offering-add");
            page.locator("#offering-departement input").fill(removed.group(2));
            page.keyboard().press("Enter");
            page.locator("#offering-service input").fill(removed.group(1));
            page.keyboard().press("Enter");
            idle();
            roundTrip("offering-readd", "#offering-dialog #dialog-save");
        }
    }

    /** One step of a journey, applied to every user of a worker in turn. */
    record Step(String name, java.util.function.Consumer<User> action) {
        void run(User user) {
            action.accept(user);
        }
    }

    // ---- the two applications ---------------------------------------------------------------------------

    final class App {
        final String name;
        final Path jar;
        final int port;
        final String loginPath;
        final Path dir;
        final Path accessLog;
        final Map<Integer, Level> levels = new LinkedHashMap<>();
        final List<String> starts = new ArrayList<>();
        long[] heap;
        String heapLoad;
        final List<String> fanOut = new ArrayList<>();
        /** The cores the server runs on ({@code taskset -c}), its environment and options beyond the harness's. */
        String cores = "1";
        Map<String, String> env = Map.of();
        List<String> extraArgs = List.of();
        private Process process;

        App(String name, Path jar, int port, String loginPath, Path dir) throws IOException {
            this.name = name;
            this.jar = jar;
            this.port = port;
            this.loginPath = loginPath;
            this.dir = Files.createDirectories(dir);
            this.accessLog = dir.resolve("access.log");
        }

        boolean isMetamut() {
            return loginPath.equals("connexion");
        }

        String url(String path) {
            return "http://localhost:" + port + "/" + path;
        }

        List<Step> journey() {
            if (!isMetamut()) {
                List<Step> steps = new ArrayList<>(List.of(new Step("login", u -> u.login("user")),
                        new Step("view-load", u -> u.open("view-load", ""))));
                for (int i = 0; i < 5; i++) {
                    steps.add(new Step("button-click", u -> u.roundTrip("button-click", "#baseline-button")));
                }
                steps.add(new Step("view-load", u -> u.open("view-load", "")));
                steps.add(new Step("button-click", u -> u.roundTrip("button-click", "#baseline-button")));
                steps.add(new Step("button-click", u -> u.roundTrip("button-click", "#baseline-button")));
                return steps;
            }
            List<Step> steps = new ArrayList<>(List.of(
                    new Step("login", u -> u.login("directeur." + u.director())),
                    new Step("dashboard", u -> u.menu("dashboard", "tableau-de-bord")),
                    new Step("matrix-nav", u -> u.menu("matrix-nav", "couverture"))));
            for (int i = 0; i < 5; i++) {
                int k = i;
                steps.add(new Step("cell-click", u -> u.clickCell(k)));
            }
            steps.add(new Step("matrix-load", u -> u.open("matrix-load", "couverture")));
            steps.add(new Step("cell-click", u -> u.clickCell(5)));
            steps.add(new Step("offering-save", User::saveOffering));
            steps.add(new Step("plan", u -> u.open("plan-load", "plan-actions")));
            steps.add(new Step("matrix-load", u -> u.open("matrix-load", "couverture")));
            steps.add(new Step("cell-click", u -> u.clickCell(6)));
            return steps;
        }

        /** Log in and leave the user on the matrix (the baseline: its grid). */
        List<Step> openOnly() {
            if (!isMetamut()) {
                return List.of(new Step("login", u -> u.login("user")));
            }
            return List.of(new Step("login", u -> u.login("directeur." + u.director())),
                    new Step("matrix-nav", u -> u.menu("matrix-nav", "couverture")));
        }

        Process launch(List<String> jvmOptions, List<String> args, Path output) throws IOException {
            List<String> command = new ArrayList<>(List.of("taskset", "-c", cores,
                    Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            // one core makes the JVM pick the serial collector: keep G1, as on the 2-core machine
            command.add("-XX:+UseG1GC");
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", jar.toString()));
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().putAll(env);
            return builder.start();
        }

        void start(List<String> jvmOptions) throws Exception {
            List<String> args = new ArrayList<>(List.of("--server.port=" + port,
                    "--metamut.benchmark.probe=true",
                    // the shared matrix's fan-out time (Métamut's SharedCoverage); nothing in the baseline
                    "--logging.level.fr.metamut.coverage.service.SharedCoverage=debug",
                    // the harness's users all come from 127.0.0.1 and share ten accounts
                    "--metamut.login-throttle.address-free-attempts=100000",
                    "--metamut.login-throttle.address-lock-after=200000",
                    "--metamut.login-throttle.account-free-attempts=100000",
                    "--metamut.login-throttle.account-lock-after=200000",
                    "--server.tomcat.accesslog.enabled=true",
                    "--server.tomcat.accesslog.directory=" + dir,
                    "--server.tomcat.accesslog.prefix=access",
                    "--server.tomcat.accesslog.suffix=.log",
                    "--server.tomcat.accesslog.file-date-format=",
                    "--server.tomcat.accesslog.rotate=false",
                    "--server.tomcat.accesslog.buffered=false",
                    "--server.tomcat.accesslog.pattern=" + ACCESS_LOG_PATTERN));
            args.addAll(extraArgs);
            process = launch(jvmOptions, args, dir.resolve("server.log"));
            long started = System.nanoTime();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            while (System.nanoTime() - started < START_TIMEOUT.toNanos()) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " stopped: see " + dir.resolve("server.log"));
                }
                try {
                    HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url(loginPath)))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        lastStartMillis = (System.nanoTime() - started) / 1_000_000;
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException(name + " did not start in " + START_TIMEOUT);
        }

        long lastStartMillis;

        void coldStart(String how, List<String> jvmOptions) throws Exception {
            long started = System.nanoTime();
            start(jvmOptions);
            long firstOk = lastStartMillis;
            String login;
            try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                 Browser browser = newBrowser(playwright)) {
                User user = new User(this, "start", 0, browser.newContext());
                user.login(isMetamut() ? "directeur.somme_num" : "user");
                login = String.format("%.1f s (landed on /%s)", (System.nanoTime() - started) / 1e9,
                        URI.create(user.page.url()).getPath().replaceFirst("^/", ""));
            } catch (RuntimeException e) {
                login = "failed: " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            }
            String line = String.format("| %s | %s | %.1f s | %s |", name, how, firstOk / 1000.0, login);
            starts.add(line);
            note(line);
        }

        /** The server JVM's CPU time so far (every thread, user and system). */
        long cpuMillis() {
            return process.toHandle().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        }

        /**
         * The cluster bridge's notices sent and heard so far (metamut_cluster_notices_sent_total / _heard_total
         * from /actuator/prometheus, read as the demo administrator); -1 when not readable.
         */
        long[] notices() throws IOException, InterruptedException {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(url("actuator/prometheus"))).timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            ("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return new long[] {-1, -1};
            }
            return new long[] {counter(response.body(), "metamut_cluster_notices_sent_total"),
                    counter(response.body(), "metamut_cluster_notices_heard_total")};
        }

        private static long counter(String prometheus, String name) {
            Matcher m = Pattern.compile("^" + name + "(\\{[^}]*\\})? (\\S+)$", Pattern.MULTILINE).matcher(prometheus);
            return m.find() ? (long) Double.parseDouble(m.group(2)) : -1;
        }

        /** Tomcat's open connections: its socket buffer handlers (one per connection), live after a full GC. */
        long openConnections() throws IOException, InterruptedException {
            String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            String histogram = exec(jcmd, String.valueOf(process.pid()), "GC.class_histogram");
            Matcher handlers = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+org\\.apache\\.tomcat\\.util\\.net\\.SocketBufferHandler(?:\\s|$)",
                    Pattern.MULTILINE).matcher(histogram);
            return handlers.find() ? Long.parseLong(handlers.group(1)) : 0;
        }

        long openConnectionsUnchecked() {
            try {
                return openConnections();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        long heapAfterGc() throws IOException, InterruptedException {
            String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            for (int i = 0; i < 2; i++) {
                exec(jcmd, String.valueOf(process.pid()), "GC.run");
            }
            String info = exec(jcmd, String.valueOf(process.pid()), "GC.heap_info");
            Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
            if (!used.find()) {
                throw new IllegalStateException("no heap figure in: " + info);
            }
            return Long.parseLong(used.group(1));
        }

        void stop() throws InterruptedException {
            if (process != null && process.isAlive()) {
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
        }

        List<Request> requests() throws IOException {
            if (!Files.exists(accessLog)) {
                return List.of();
            }
            List<Request> requests = new ArrayList<>();
            for (String line : Files.readAllLines(accessLog, StandardCharsets.UTF_8)) {
                Matcher m = LOG_LINE.matcher(line);
                if (m.matches() && !m.group(1).equals("-")) {
                    requests.add(new Request(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                            m.group(3).equals("-") ? 0 : Long.parseLong(m.group(3)), Integer.parseInt(m.group(4)),
                            m.group(6), m.group(7)));
                }
            }
            return requests;
        }
    }

    private static String exec(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    /** One line of the access log. */
    record Request(long wallMicros, long cpuMicros, long bytes, int status, String uri, String tag) {
        boolean isRoundTrip() {
            return uri.contains("v-r=uidl") || uri.contains("v-r=init");
        }

        String level() {
            return part(0);
        }

        String kind() {
            return part(1);
        }

        /** The action instance: level, kind, user and step. */
        String action() {
            return tag;
        }

        String part(int i) {
            String[] parts = tag.split("/");
            return parts.length > i ? parts[i] : "";
        }
    }

    record Level(int users, double seconds, String loadBefore, String loadAfter, List<String> failures) {
    }

    // ---- two nodes on one PostgreSQL (issue 15) --------------------------------------------------------------

    /** What one node did during one measured level, besides its access log. */
    record NodeLevel(String level, App node, int users, double seconds, String loadBefore, String loadAfter,
                     long cpuMillis, double idleCpuPerSecond, long[] notices, List<Long> fanOutMillis,
                     List<String> failures) {
        /** The JVM's CPU during the level less what it spends idle (heartbeats, timers) over as long. */
        double netCpuMillis() {
            return cpuMillis - idleCpuPerSecond * seconds;
        }
    }

    /**
     * Issue 15's target: "the load harness run against two nodes sharing one PostgreSQL: server time per round
     * trip on each node within 1.2× of one node serving half the users". Each round measures, one after the other
     * and each on fresh JVMs, two set-ups that differ only by the clustering:
     * <ul>
     * <li><b>the reference pair</b>: two independent nodes, reference A on the database of {@code --db-url},
     * reference B on that of {@code --db-url2}, each "one node serving half the users" (its cluster bridge
     * listens on a database where no other node runs: it hears nothing);</li>
     * <li><b>the clustered pair</b>: node A and node B on the one database of {@code --db-url}, each told of the
     * other's changes through PostgreSQL's NOTIFY (every offering save on one node refreshes the other's open
     * matrices, desks and dashboards).</li>
     * </ul>
     * Both pairs run the production jar with the profile {@code postgres} (the database as the README's
     * production section gives it), on the same cores ({@code --node-cores}, the first pair member's then the
     * second's), driven at the same time by the same clients: user <i>i</i> goes to the first node when <i>i</i>
     * is even, to the second when odd (as a load balancer's session affinity would; no load balancer runs), each
     * node with its own Chromium workers ({@value #WORKERS} at most), so the same number of browsers share the
     * clients' core in both set-ups. {@code --pace} (ms) lets each user start a step at most once per pace, so
     * the rate of requests offered is fixed and the same in both; the rates achieved are reported.
     *
     * <p>Every JVM is warmed by {@code --warmup} users through the journey (not counted, not paced) before its
     * level. {@code --alone=true} adds, in each round, the older reference: ONE node on the database of
     * {@code --db-url} serving the even-numbered users with nothing else on the nodes' cores. PostgreSQL is not
     * pinned.
     */
    final class TwoNodes {
        /** How long each JVM's idle CPU is sampled before a level. */
        private static final Duration IDLE_SAMPLE = Duration.ofSeconds(10);
        /** Round trips per second of a node and of its reference further apart than this are flagged. */
        private static final double RATE_TOLERANCE = 0.10;
        private final List<NodeLevel> levels = new ArrayList<>();

        void run() throws Exception {
            Path jar = root.resolve(options.get("jar"));
            if (!Files.exists(jar)) {
                throw new IllegalStateException("build it first: ./mvnw -Pproduction package -DskipTests");
            }
            String dbUrl = postgresUrl("db-url");
            String dbUrl2 = postgresUrl("db-url2");
            if (dbUrl.equals(dbUrl2)) {
                throw new IllegalArgumentException("--db-url2 must name another database than --db-url: the two"
                        + " reference nodes must not hear each other");
            }
            int users = Integer.parseInt(options.getOrDefault("users", "10"));
            int warmup = Integer.parseInt(options.getOrDefault("warmup", "2"));
            int rounds = Integer.parseInt(options.getOrDefault("rounds", "1"));
            Duration pace = Duration.ofMillis(Long.parseLong(options.getOrDefault("pace", "0")));
            boolean alone = Boolean.parseBoolean(options.getOrDefault("alone", "false"));
            // the level measured second has run after the other's warm JVMs were stopped: swap to see an order effect
            boolean clusteredFirst = Boolean.parseBoolean(options.getOrDefault("clustered-first", "false"));
            boolean alternate = Boolean.parseBoolean(options.getOrDefault("alternate", "false"));
            int port = Integer.parseInt(options.get("port"));
            int port2 = Integer.parseInt(options.getOrDefault("port2", String.valueOf(port + 1)));
            String[] cores = options.getOrDefault("node-cores", "1:1").split(":");
            String coresA = cores[0];
            String coresB = cores[cores.length - 1];
            App refA = node("reference A", jar, port, coresA, "ref-a", dbUrl);
            App refB = node("reference B", jar, port2, coresB, "ref-b", dbUrl2);
            App a = node("node A", jar, port, coresA, "a", dbUrl);
            App b = node("node B", jar, port2, coresB, "b", dbUrl);
            App single = node("one node alone", jar, port, coresA, "alone", dbUrl);
            List<App> all = List.of(refA, refB, a, b, single);
            List<Integer> even = IntStream.range(0, users).filter(i -> i % 2 == 0).boxed().toList();
            List<Integer> odd = IntStream.range(0, users).filter(i -> i % 2 == 1).boxed().toList();
            note("Run of " + Instant.now() + ", " + Runtime.version() + ", load average " + loadAverage() + "; "
                    + users + " users, " + rounds + " round(s), warm-up " + warmup + " user(s) per JVM, pace "
                    + (pace.isZero() ? "none" : pace.toMillis() + " ms per step and user"
                            + (staggered() ? ", first steps staggered over one pace" : "")) + "; reference A and node A"
                    + " on core(s) " + coresA + ", reference B and node B on core(s) " + coresB + "; node A, node B"
                    + " and reference A on " + dbUrl + ", reference B on " + dbUrl2
                    + (alone ? "; one node alone on " + dbUrl + ", core(s) " + coresA : "")
                    + (clusteredFirst ? "; the clustered pair first" + (alternate ? " in odd rounds" : " in each round")
                            : alternate ? "; the clustered pair first in even rounds" : ""));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(all)));
            for (App app : all) {
                Files.deleteIfExists(app.accessLog);
            }
            try {
                for (int r = 1; r <= rounds; r++) {
                    if (clusteredFirst != (alternate && r % 2 == 0)) {
                        pair("two-" + r, a, even, b, odd, warmup, pace);
                        pair("pair-" + r, refA, even, refB, odd, warmup, pace);
                    } else {
                        pair("pair-" + r, refA, even, refB, odd, warmup, pace);
                        pair("two-" + r, a, even, b, odd, warmup, pace);
                    }
                    if (alone) {
                        single.start(List.of());
                        try {
                            if (warmup > 0) {
                                together(Map.of(single, even.subList(0, Math.min(warmup, even.size()))), "warmup",
                                        Duration.ZERO);
                            }
                            measure("one-" + r, Map.of(single, even), pace);
                        } finally {
                            single.stop();
                        }
                    }
                }
            } finally {
                stopAll(all);
            }
            summarize(refA, refB, a, b, alone ? single : null, rounds);
            Path out = work.resolve("results-two-nodes-" + Instant.now().toString().replace(':', '-') + ".md");
            Files.write(out, report);
            System.out.println("\nWritten to " + out);
        }

        private String postgresUrl(String option) {
            String url = options.get(option);
            if (url == null || !url.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("--nodes=2 needs --" + option
                        + "=jdbc:postgresql://host:port/database (--db-url for the clustered pair and reference A,"
                        + " --db-url2, another database, for reference B)");
            }
            return url;
        }

        private App node(String name, Path jar, int port, String cores, String dir, String dbUrl) throws IOException {
            App node = new App(name, jar, port, "connexion", work.resolve("nodes").resolve(dir));
            node.cores = cores;
            node.env = Map.of("SPRING_PROFILES_ACTIVE", "postgres", "METAMUT_DB_URL", dbUrl,
                    "METAMUT_DB_USER", options.getOrDefault("db-user", "metamut"),
                    "METAMUT_DB_PASSWORD", options.getOrDefault("db-password", "metamut"));
            // no scheduled backup during a run (the harness's users would not see it, the CPU figures would)
            node.extraArgs = List.of("--metamut.backup.cron=-");
            return node;
        }

        /** Starts two nodes, warms them, measures one level with the even users on the first, then stops them. */
        private void pair(String level, App first, List<Integer> even, App second, List<Integer> odd, int warmup,
                          Duration pace) throws Exception {
            // one after the other: the first start of a database runs its migrations
            first.start(List.of());
            try {
                second.start(List.of());
                if (warmup > 0) {
                    together(nodes(first, even.subList(0, Math.min(warmup, even.size())),
                            second, odd.subList(0, Math.min(warmup, odd.size()))), "warmup", Duration.ZERO);
                }
                measure(level, nodes(first, even, second, odd), pace);
            } finally {
                first.stop();
                second.stop();
            }
        }

        private static Map<App, List<Integer>> nodes(App a, List<Integer> usersOfA, App b, List<Integer> usersOfB) {
            Map<App, List<Integer>> loads = new LinkedHashMap<>();
            loads.put(a, usersOfA);
            loads.put(b, usersOfB);
            return loads;
        }

        private static void stopAll(List<App> apps) {
            try {
                for (App app : apps) {
                    app.stop();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Each node's users through the journey at the same time, each node with its own workers. */
        private Map<App, Object[]> together(Map<App, List<Integer>> loads, String level, Duration pace)
                throws Exception {
            ExecutorService nodes = Executors.newFixedThreadPool(loads.size());
            try {
                Map<App, Future<Object[]>> running = new LinkedHashMap<>();
                loads.forEach((app, numbers) -> running.put(app, nodes.submit(() -> {
                    long start = System.nanoTime();
                    List<String> failures = drive(app, numbers, level, true, pace, () -> { });
                    return new Object[] {(System.nanoTime() - start) / 1e9, failures};
                })));
                Map<App, Object[]> done = new LinkedHashMap<>();
                for (Map.Entry<App, Future<Object[]>> each : running.entrySet()) {
                    done.put(each.getKey(), each.getValue().get());
                }
                return done;
            } finally {
                nodes.shutdown();
            }
        }

        @SuppressWarnings("unchecked")
        private void measure(String level, Map<App, List<Integer>> loads, Duration pace) throws Exception {
            // what each JVM spends idle (its warm-up users' sessions still open), to set apart from the level's work
            Map<App, Long> idleFrom = new LinkedHashMap<>();
            for (App app : loads.keySet()) {
                idleFrom.put(app, app.cpuMillis());
            }
            Thread.sleep(IDLE_SAMPLE.toMillis());
            Map<App, long[]> before = new LinkedHashMap<>();
            for (App app : loads.keySet()) {
                long[] notices = app.notices();
                long cpu = app.cpuMillis();
                before.put(app, new long[] {cpu, Files.size(app.dir.resolve("server.log")), notices[0], notices[1],
                        cpu - idleFrom.get(app)});
            }
            String loadBefore = loadAverage();
            Map<App, Object[]> done = together(loads, level, pace);
            String loadAfter = loadAverage();
            // the notices of the last saves, and their refreshes, have arrived
            Thread.sleep(2_000);
            for (Map.Entry<App, Object[]> each : done.entrySet()) {
                App app = each.getKey();
                long[] was = before.get(app);
                long[] notices = app.notices();
                String log = Files.readString(app.dir.resolve("server.log"));
                List<Long> fanOuts = FANOUT_LINE.matcher(log.substring((int) Math.min(was[1], log.length())))
                        .results().map(m -> Long.parseLong(m.group(1))).toList();
                NodeLevel l = new NodeLevel(level, app, loads.get(app).size(), (double) each.getValue()[0],
                        loadBefore, loadAfter, app.cpuMillis() - was[0], was[4] * 1000.0 / IDLE_SAMPLE.toMillis(),
                        new long[] {notices[0] - was[2], notices[1] - was[3]}, fanOuts,
                        (List<String>) each.getValue()[1]);
                levels.add(l);
                System.out.printf("%s %s, %d users: %.1f s, %d failures%n", level, app.name, l.users(), l.seconds(),
                        l.failures().size());
            }
        }

        private void summarize(App refA, App refB, App a, App b, App single, int rounds) throws IOException {
            Map<App, List<Request>> requests = new LinkedHashMap<>();
            for (App app : single == null ? List.of(refA, refB, a, b) : List.of(refA, refB, a, b, single)) {
                requests.put(app, app.requests());
            }
            note("\n### The clustered pair against the reference pair (two independent nodes, each on its own database)\n");
            note("Levels: pair-<round> = reference A + reference B, two-<round> = node A + node B clustered on one"
                    + " database" + (single == null ? "" : ", one-<round> = one node alone") + ". Server time from the"
                    + " probe (wall includes waiting for the core the nodes share); thread CPU of the request's thread;"
                    + " process CPU: the node JVM's whole CPU time during the level (GC, JIT, push and the refreshes"
                    + " done off the requests' threads included) per round trip, and in brackets net of its idle CPU"
                    + " (sampled for " + IDLE_SAMPLE.toSeconds() + " s before the level) over the level's time;"
                    + " notices: the cluster bridge's metamut_cluster_notices_sent / _heard during the level;"
                    + " fan-outs: the node's SharedCoverage lines (its own saves told to its open matrices).\n");
            note("| level | node | users | level time | round trips (per s) | every round trip: server ms p50 / p95 / p99 | thread CPU ms per round trip p50 / p95 / mean | process CPU ms per round trip (net of idle) | notices sent / heard | fan-outs (median ms) | load average | failures |");
            note("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
            for (NodeLevel l : levels) {
                List<Request> trips = trips(requests.get(l.node()), l.level());
                note(String.format("| %s | %s | %d | %.0f s | %d (%.2f) | %s | %s | %.1f (%.1f) | %d / %d | %s | %s → %s | %s |",
                        l.level(), l.node().name, l.users(), l.seconds(), trips.size(), trips.size() / l.seconds(),
                        percentiles(walls(trips), 50, 95, 99), cpu(trips),
                        (double) l.cpuMillis() / Math.max(1, trips.size()), l.netCpuMillis() / Math.max(1, trips.size()),
                        l.notices()[0], l.notices()[1], fanOuts(l.fanOutMillis()), l.loadBefore(), l.loadAfter(),
                        l.failures().isEmpty() ? "0" : l.failures().size() + ": " + l.failures().getFirst()));
            }
            note("");
            for (int r = 1; r <= rounds; r++) {
                note(crossed("pair-" + r, refA, refB) + " " + crossed("two-" + r, a, b));
            }
            List<String> pairs = IntStream.rangeClosed(1, rounds).mapToObj(r -> "pair-" + r).toList();
            List<String> twos = IntStream.rangeClosed(1, rounds).mapToObj(r -> "two-" + r).toList();
            note("\n### Ratios: each node of the clustered pair / its reference node (same users, core, clients; target ≤ 1.2×)\n");
            ratioHeader();
            for (int r = 1; r <= rounds; r++) {
                ratios(String.valueOf(r), List.of("pair-" + r), List.of("two-" + r), requests, a, refA);
                ratios(String.valueOf(r), List.of("pair-" + r), List.of("two-" + r), requests, b, refB);
            }
            if (rounds > 1) {
                ratios("all", pairs, twos, requests, a, refA);
                ratios("all", pairs, twos, requests, b, refB);
            }
            if (single != null) {
                List<String> ones = IntStream.rangeClosed(1, rounds).mapToObj(r -> "one-" + r).toList();
                note("\n### Ratios against the older reference: one node alone on the nodes' core, the even users\n");
                ratioHeader();
                for (String level : rounds > 1 ? concat(ones, List.of("all")) : ones) {
                    List<String> one = level.equals("all") ? ones : List.of(level);
                    List<String> two = level.equals("all") ? twos : List.of(level.replace("one-", "two-"));
                    String round = level.replace("one-", "");
                    ratios(round, one, two, requests, a, single);
                    ratios(round, one, two, requests, b, single);
                }
            }
            note("\n### The slowest round trips of each measured level (what makes the tail)\n");
            note("| level | node | round trips | the 5 slowest: server ms (thread CPU ms) action u<user>#<step> |");
            note("| --- | --- | --- | --- |");
            for (NodeLevel l : levels) {
                List<Request> trips = new ArrayList<>(trips(requests.get(l.node()), l.level()));
                trips.sort(Comparator.comparingLong(Request::wallMicros).reversed());
                note(String.format("| %s | %s | %d | %s |", l.level(), l.node().name, trips.size(),
                        trips.stream().limit(5).map(q -> String.format("%.0f (%.0f) %s u%s#%s", q.wallMicros() / 1000.0,
                                q.cpuMicros() / 1000.0, q.kind(), q.part(2), q.part(3)))
                                .collect(Collectors.joining("; "))));
            }
            note("\n### Per action\n");
            note("| level | node | action | count | its round trip: server ms p50 / p95 / p99 | all its round trips: ms p50 / p95 | CPU ms per action p50 / p95 | wire bytes of its round trip p50 / max |");
            note("| --- | --- | --- | --- | --- | --- | --- | --- |");
            for (NodeLevel l : levels) {
                Map<String, List<Request>> byKind = requests.get(l.node()).stream()
                        .filter(q -> q.level().equals(l.level()) && !q.kind().isEmpty())
                        .collect(Collectors.groupingBy(Request::kind, LinkedHashMap::new, Collectors.toList()));
                byKind.forEach((kind, list) -> note(row(l.level(), l.node().name, kind, list)));
            }
        }

        private static List<String> concat(List<String> first, List<String> second) {
            List<String> both = new ArrayList<>(first);
            both.addAll(second);
            return both;
        }

        /** Whether the two nodes of a level heard each other's notices (the clustered pair) or none (the reference). */
        private String crossed(String level, App first, App second) {
            long[] one = levels.stream().filter(l -> l.level().equals(level) && l.node() == first)
                    .map(NodeLevel::notices).findFirst().orElse(new long[] {-1, -1});
            long[] two = levels.stream().filter(l -> l.level().equals(level) && l.node() == second)
                    .map(NodeLevel::notices).findFirst().orElse(new long[] {-1, -1});
            return String.format("%s: %s sent %d and heard %d, %s sent %d and heard %d.", level, first.name, one[0],
                    one[1], second.name, two[0], two[1]);
        }

        private void ratioHeader() {
            note("| round | node | reference | round trips per s: node / reference | server ms p50 | p95 | p99 | thread CPU per round trip p50 | mean | process CPU per round trip | net of idle |");
            note("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        }

        private void ratios(String round, List<String> refs, List<String> twos, Map<App, List<Request>> requests,
                            App node, App reference) {
            List<Request> one = requests.get(reference).stream().filter(q -> refs.contains(q.level()))
                    .filter(Request::isRoundTrip).toList();
            List<Request> two = requests.get(node).stream().filter(q -> twos.contains(q.level()))
                    .filter(Request::isRoundTrip).toList();
            if (one.isEmpty() || two.isEmpty()) {
                return;
            }
            double nodeRate = tripsPerSecond(node, twos, two.size());
            double referenceRate = tripsPerSecond(reference, refs, one.size());
            double rateRatio = nodeRate / referenceRate;
            String rate = String.format("%.2f / %.2f = %.2f×%s", nodeRate, referenceRate, rateRatio,
                    Math.abs(rateRatio - 1) > RATE_TOLERANCE ? " **differ by more than 10 %**" : "");
            note(String.format("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |", round, node.name,
                    reference.name, rate,
                    ratio(walls(two), walls(one), 50), ratio(walls(two), walls(one), 95),
                    ratio(walls(two), walls(one), 99), ratio(cpus(two), cpus(one), 50),
                    String.format("%.2f×", mean(cpus(two)) / mean(cpus(one))),
                    String.format("%.2f×", processCpuPerTrip(node, twos, two.size(), NodeLevel::cpuMillis)
                            / processCpuPerTrip(reference, refs, one.size(), NodeLevel::cpuMillis)),
                    String.format("%.2f×", processCpuPerTrip(node, twos, two.size(), NodeLevel::netCpuMillis)
                            / processCpuPerTrip(reference, refs, one.size(), NodeLevel::netCpuMillis))));
        }

        private double tripsPerSecond(App node, List<String> names, int trips) {
            return trips / levels.stream().filter(l -> l.node() == node && names.contains(l.level()))
                    .mapToDouble(NodeLevel::seconds).sum();
        }

        private double processCpuPerTrip(App node, List<String> names, int trips,
                                         java.util.function.ToDoubleFunction<NodeLevel> cpuOf) {
            return levels.stream().filter(l -> l.node() == node && names.contains(l.level())).mapToDouble(cpuOf).sum()
                    / trips;
        }

        private static List<Request> trips(List<Request> requests, String level) {
            return requests.stream().filter(q -> q.level().equals(level)).filter(Request::isRoundTrip).toList();
        }

        private static List<Long> walls(List<Request> trips) {
            return trips.stream().map(Request::wallMicros).toList();
        }

        private static List<Long> cpus(List<Request> trips) {
            return trips.stream().map(Request::cpuMicros).toList();
        }

        private static String cpu(List<Request> trips) {
            return trips.isEmpty() ? "–" : percentiles(cpus(trips), 50, 95) + String.format(" / %.1f",
                    mean(cpus(trips)) / 1000.0);
        }

        private static double mean(List<Long> values) {
            return values.stream().mapToLong(Long::longValue).average().orElse(Double.NaN);
        }

        private static String ratio(List<Long> two, List<Long> one, int p) {
            List<Long> x = new ArrayList<>(two);
            List<Long> y = new ArrayList<>(one);
            Collections.sort(x);
            Collections.sort(y);
            return String.format("%.2f×", (double) percentile(x, p) / Math.max(1, percentile(y, p)));
        }

        private static String fanOuts(List<Long> millis) {
            if (millis.isEmpty()) {
                return "0";
            }
            List<Long> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return sorted.size() + " (" + percentile(sorted, 50) + ")";
        }
    }

    // ---- figures ---------------------------------------------------------------------------------------------

    private void summarize(App metamut, App baseline) throws IOException {
        Map<App, List<Request>> all = new LinkedHashMap<>();
        for (App app : List.of(baseline, metamut)) {
            all.put(app, app.requests());
        }
        note("\n### Round trips (server time from the probe; wall includes waiting for core 1)\n");
        note("| users | app | action | count | its round trip: server ms p50 / p95 / p99 | all its round trips: ms p50 / p95 | CPU ms per action p50 / p95 | wire bytes of its round trip p50 / max |");
        note("| --- | --- | --- | --- | --- | --- | --- | --- |");
        for (String level : options.get("levels").split(",")) {
            String n = level.strip();
            for (App app : List.of(baseline, metamut)) {
                List<Request> mine = all.get(app).stream().filter(r -> r.level().equals(n)).toList();
                Map<String, List<Request>> byKind = mine.stream().filter(r -> !r.kind().isEmpty())
                        .collect(Collectors.groupingBy(Request::kind, LinkedHashMap::new, Collectors.toList()));
                for (Map.Entry<String, List<Request>> kind : byKind.entrySet()) {
                    note(row(n, app.name, kind.getKey(), kind.getValue()));
                }
                note(allRoundTrips(n, app.name, mine));
            }
        }
        note("\n### Levels\n");
        note("| users | app | wall time of the level | round trips / s | load average before → after | failures |");
        note("| --- | --- | --- | --- | --- | --- |");
        for (String level : options.get("levels").split(",")) {
            int n = Integer.parseInt(level.strip());
            for (App app : List.of(baseline, metamut)) {
                Level l = app.levels.get(n);
                if (l == null) {
                    continue;
                }
                long trips = all.get(app).stream().filter(r -> r.level().equals(String.valueOf(n)))
                        .filter(Request::isRoundTrip).count();
                note(String.format("| %d | %s | %.0f s | %.1f | %s → %s | %s |", n, app.name, l.seconds(),
                        trips / l.seconds(), l.loadBefore(), l.loadAfter(),
                        l.failures().isEmpty() ? "0" : l.failures().size() + ": " + l.failures().getFirst()));
            }
        }
        summarizeFanOut(metamut);
        note("\n### Heap per idle session (jcmd GC.run ×2, GC.heap_info used)\n");
        note("Right after the logins, and " + STEADY_AFTER.toSeconds() + " s later (Tomcat has closed the page loads' idle"
                + " keep-alive connections; each user keeps its push websocket and its heartbeats' connection). Open"
                + " connections: Tomcat's socket buffer handlers before / right after / later.\n");
        note("| app | heap before | heap after | sessions | per session | per session later | open connections | load average |");
        note("| --- | --- | --- | --- | --- | --- | --- | --- |");
        for (App app : List.of(baseline, metamut)) {
            if (app.heap != null) {
                long sessions = Math.max(1, app.heap[2]);
                note(String.format("| %s | %,d KB | %,d KB | %d | %,d KB | %,d KB | %d / %d / %d | %s |", app.name,
                        app.heap[0], app.heap[1], app.heap[2], (app.heap[1] - app.heap[0]) / sessions,
                        (app.heap[3] - app.heap[0]) / sessions, app.heap[4], app.heap[5], app.heap[6], app.heapLoad));
            }
        }
    }

    private void summarizeFanOut(App metamut) throws IOException {
        note("\n### A save seen by the open matrices (Métamut's log: the change told to every open screen)\n");
        if (metamut.fanOut.isEmpty()) {
            note("Not measured.");
            return;
        }
        metamut.fanOut.forEach(line -> note("- " + line));
        List<Request> saves = metamut.requests().stream().filter(r -> r.level().equals("fanout")).toList();
        note("\n| action | count | its round trip: server ms p50 / p95 / p99 | all its round trips: ms p50 / p95 | CPU ms per action p50 / p95 | wire bytes p50 / max |");
        note("| --- | --- | --- | --- | --- | --- |");
        saves.stream().collect(Collectors.groupingBy(Request::kind, LinkedHashMap::new, Collectors.toList()))
                .forEach((kind, requests) -> note(row("fanout", metamut.name, kind, requests)
                        .replaceFirst("^\\| fanout \\| [^|]+ ", "")));
    }

    /**
     * A table row for the actions of one kind: the server time of the round trip the action causes (its first
     * UIDL request: for a page load, the one after {@code v-r=init} where Vaadin builds the view), of all its
     * round trips together, the server CPU of all its requests (page, resources, round trips), and the bytes
     * on the wire of the first round trip.
     */
    private static String row(String level, String app, String kind, List<Request> requests) {
        Map<String, List<Request>> actions = requests.stream()
                .collect(Collectors.groupingBy(Request::action, LinkedHashMap::new, Collectors.toList()));
        List<Long> first = new ArrayList<>();
        List<Long> firstBytes = new ArrayList<>();
        List<Long> summed = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        for (List<Request> action : actions.values()) {
            action.stream().filter(r -> r.uri().contains("v-r=uidl")).findFirst().ifPresent(r -> {
                first.add(r.wallMicros());
                firstBytes.add(r.bytes());
            });
            summed.add(action.stream().filter(Request::isRoundTrip).mapToLong(Request::wallMicros).sum());
            cpu.add(action.stream().mapToLong(Request::cpuMicros).sum());
        }
        return String.format("| %s | %s | %s | %d | %s | %s | %s | %s |", level, app, kind, actions.size(),
                percentiles(first, 50, 95, 99), percentiles(summed, 50, 95), percentiles(cpu, 50, 95),
                bytes(firstBytes));
    }

    /** Every UIDL and init request of the level, whatever the action. */
    private static String allRoundTrips(String level, String app, List<Request> requests) {
        List<Request> trips = requests.stream().filter(Request::isRoundTrip).toList();
        return String.format("| %s | %s | **every round trip** | %d | %s | | | %s |", level, app, trips.size(),
                percentiles(trips.stream().map(Request::wallMicros).toList(), 50, 95, 99),
                bytes(trips.stream().map(Request::bytes).toList()));
    }

    private static String percentiles(List<Long> micros, int... ps) {
        if (micros.isEmpty()) {
            return "–";
        }
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return Arrays.stream(ps).mapToObj(p -> String.format("%.1f", percentile(sorted, p) / 1000.0))
                .collect(Collectors.joining(" / "));
    }

    private static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private static String bytes(List<Long> bytes) {
        if (bytes.isEmpty()) {
            return "–";
        }
        List<Long> sorted = new ArrayList<>(bytes);
        Collections.sort(sorted);
        return String.format("%,d / %,d", percentile(sorted, 50), sorted.getLast());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void note(String line) {
        System.out.println(line);
        report.add(line);
    }
}
