package org.shoetopia.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.shoetopia.api.Actor;
import org.shoetopia.api.CartService;
import org.shoetopia.api.FlashSaleService;
import org.shoetopia.api.ListingService.ListingForm;
import org.shoetopia.api.SearchCriteria;
import org.shoetopia.api.SearchService;
import org.shoetopia.app.FootprintProbe;
import org.shoetopia.domain.Color;
import org.shoetopia.domain.Condition;
import org.shoetopia.domain.DiscountKind;
import org.shoetopia.domain.Gender;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.Payment;
import org.shoetopia.domain.ShoeSize;
import org.shoetopia.domain.SizeChart;
import org.shoetopia.domain.TaxRate;
import org.shoetopia.domain.TaxRounding;
import org.shoetopia.domain.TaxSettings;
import org.shoetopia.domain.Width;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.DatabaseConfig;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.remote.RemoteApi;
import org.shoetopia.service.PasswordHasher;
import org.shoetopia.service.Services;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole benchmark against one PostgreSQL database: generates the data if the database is empty,
 * warms up, runs every scenario, checks the invariants, and writes a table and a JSON report.
 */
public final class Benchmark {
    static final int[] TERMINALS = {1, 2, 4, 8, 16, 32};
    /** Turns each contention variant gets per terminal count. */
    private static final int ALTERNATIONS = 5;

    private static final String BENCH_PASSWORD = "bench-password";

    /**
     * The fewest add-and-checkouts a path's warm-up runs before it may be called steady. HotSpot
     * compiles a method with C2 after some ten thousand calls; before that the JIT can be quiet and
     * the CPU flat on C1's code: two runs stopped there after 4 and 7 windows (about 3,600 and
     * 6,000 checkouts) at 4.1 ms a checkout, where the run that went on reached 3.3 ms.
     */
    static final long WARM_UP_CHECKOUTS = 20_000;

    /** How long and how big: the full run, or a seconds-long smoke run that only shows it still works. */
    public record Plan(
            double scale,
            long seed,
            int searchRounds,
            int checkouts,
            int listingsCreated,
            double secondsPerTerminalCount,
            double warmUpWindowSeconds,
            double warmUpCeilingSeconds,
            long warmUpMinimumCheckouts,
            int liveUpdates,
            int signUps,
            int orderListReads,
            Optional<Path> desktopAppJar,
            Optional<Path> serverJar,
            boolean searchOnly) {
        /** The whole run; the desktop app and the server are started from the app's jar when there is one. */
        public static Plan full(long seed, Optional<Path> appJar) {
            return new Plan(1.0, seed, 3, 300, 300, 5, 3, 180, WARM_UP_CHECKOUTS, 200, 10, 30, appJar, appJar, false);
        }

        /** The data set and the catalogue search only: minutes, for a change to search or to the data's shape. */
        public Plan onlySearch() {
            return new Plan(
                    scale,
                    seed,
                    searchRounds,
                    checkouts,
                    listingsCreated,
                    secondsPerTerminalCount,
                    warmUpWindowSeconds,
                    warmUpCeilingSeconds,
                    warmUpMinimumCheckouts,
                    liveUpdates,
                    signUps,
                    orderListReads,
                    Optional.empty(),
                    Optional.empty(),
                    true);
        }

        /** Seconds long; the server too, from the app's jar (the desktop app is left out: it needs a display). */
        public static Plan smoke(long seed, Optional<Path> appJar) {
            return new Plan(0.01, seed, 1, 10, 10, 0.3, 0.1, 0.4, 0, 5, 2, 3, Optional.empty(), appJar, false);
        }
    }

    private final DatabaseConfig config;
    private final Plan plan;
    private final PrintWriter out;
    private final List<Measurement> results = new ArrayList<>();
    private final List<String> facts = new ArrayList<>();
    private final List<Ratio> ratios = new ArrayList<>();
    private final List<String> profiles = new ArrayList<>();
    private Optional<MachineFacts.CpuTicks> ticksAtStart = Optional.empty();

    /** Whether the statement profile may turn pg_stat_statements on: only on a server of the benchmark's own. */
    private boolean profileStatements;

    /**
     * The database is the benchmark's own embedded server, started with pg_stat_statements: the
     * profile may switch its tracking (ALTER SYSTEM), which it would never do to a server given by URL.
     */
    public Benchmark profilingStatements() {
        this.profileStatements = true;
        return this;
    }

    public Benchmark(DatabaseConfig config, Plan plan, PrintWriter out) {
        this.config = config.withPoolSize(40);
        this.plan = plan;
        this.out = out;
    }

    /** Runs everything; returns true when every invariant held afterwards. */
    public boolean run(Path reportFolder) throws Exception {
        ticksAtStart = MachineFacts.cpuTicks();
        long startedOpen = System.nanoTime();
        try (Services services = Services.open(config, PasswordHasher.recommended(), Clock.systemUTC())) {
            double openMillis = (System.nanoTime() - startedOpen) / 1e6;
            Database database = services.database();
            describeMachine(database);
            ensureData(services);
            facts.add(String.format(
                    Locale.ROOT,
                    services.database().openingTimes().migrated()
                            ? "services start, migrating the database (connect, migrate, validate the mapping): %.0f ms"
                            : "services start on a database already migrated, first in this JVM: %.0f ms",
                    openMillis));
            commonStart();

            search(services);
            if (plan.searchOnly()) {
                List<Invariants.Check> checks = Invariants.check(database.dataSource());
                print(checks);
                write(reportFolder, checks);
                return Invariants.allHold(checks);
            }
            checkout(services);
            createListing(services);
            flashSaleContention(services, database);
            liveUpdates(services);
            if (plan.serverJar().isPresent()
                    && Files.isRegularFile(plan.serverJar().get())) {
                throughServer(services, plan.serverJar().get());
            } else {
                facts.add("through a server: not measured (no app jar to start `shoetopia server` from)");
            }
            signUp(services);
            memory(services);
            if (plan.desktopAppJar().isPresent()) {
                desktopApp(services, plan.desktopAppJar().get());
            }

            List<Invariants.Check> checks = Invariants.check(database.dataSource());
            print(checks);
            write(reportFolder, checks);
            return Invariants.allHold(checks);
        }
    }

    /**
     * Opening the services again in this JVM (its classes loaded) on the now migrated database: what
     * the schema check and the ORM's boot cost on a terminal's every start after the first.
     */
    private void commonStart() {
        long[] took = new long[3];
        Database.OpeningTimes parts = null;
        for (int i = 0; i < took.length; i++) {
            long started = System.nanoTime();
            try (Services again =
                    Services.open(config.withPoolSize(2), PasswordHasher.recommended(), Clock.systemUTC())) {
                took[i] = (System.nanoTime() - started) / 1_000_000;
                parts = again.database().openingTimes();
            }
        }
        long commonStartMillis = median(took);
        facts.add(String.format(
                Locale.ROOT,
                "services start again in this JVM on the migrated database: %d ms (median of 3; last: schema check"
                        + " %d ms, Hibernate %d ms, mapping %s)",
                commonStartMillis,
                parts.schemaMillis(),
                parts.mappingMillis(),
                parts.migrated() ? "validated" : "not validated: the schema is the one this build was tested on"));
    }

    private void describeMachine(Database database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            var meta = connection.getMetaData();
            facts.add("database: " + meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion());
            // The settings that move a commit's cost the most: a run with fsync off is another machine.
            try (var rows = connection.createStatement().executeQuery("""
                    select current_setting('fsync'), current_setting('synchronous_commit'),
                        current_setting('shared_buffers'), current_setting('max_connections')""")) {
                rows.next();
                facts.add("database settings: fsync " + rows.getString(1) + ", synchronous_commit " + rows.getString(2)
                        + ", shared_buffers " + rows.getString(3) + ", max_connections " + rows.getString(4));
            }
            connection.rollback();
        }
        facts.add("machine: " + MachineFacts.cpuModel() + ", "
                + Runtime.getRuntime().availableProcessors()
                + " cores, "
                + (((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                                .getTotalMemorySize()
                        >> 30)
                + " GiB, Java " + System.getProperty("java.version"));
        facts.add("scale: " + plan.scale() + ", seed " + plan.seed());
    }

    private void ensureData(Services services) throws SQLException {
        long accounts;
        try (Connection connection = services.database().dataSource().getConnection();
                var rows = connection.createStatement().executeQuery("select count(*) from accounts")) {
            rows.next();
            accounts = rows.getLong(1);
            connection.rollback();
        }
        if (accounts == 0) {
            out.println("Generating the data set…");
            var generated = new DataGenerator(
                            services.database().dataSource(),
                            services.database().kind(),
                            out)
                    .generate(
                            DataGenerator.Sizes.at(plan.scale()),
                            plan.seed(),
                            PasswordHasher.recommended().hash(DataGenerator.passwordFor(plan.seed())));
            facts.add(String.format(
                    Locale.ROOT,
                    "data: %,d rows generated in %.1f s",
                    generated.rows(),
                    generated.took().toMillis() / 1000.0));
        } else {
            facts.add(String.format(Locale.ROOT, "data: existing database with %,d accounts", accounts));
        }
    }

    /** 20 filter combinations of SPEC item 12, each at pages 1, 10 and 100. */
    public static List<SearchCriteria> searchMix() {
        SearchCriteria any = SearchCriteria.any().page(1, 20);
        return List.of(
                any,
                any.brand("nike"),
                any.brand("ni"),
                any.style("runner"),
                any.brand("adidas").style("classic"),
                any.size(ShoeSize.parse("10")),
                any.size(ShoeSize.parse("9.5")).gender(Gender.WOMEN),
                any.color(Color.BLACK),
                any.color(Color.WHITE).condition(Condition.NEW),
                any.gender(Gender.MEN).color(Color.BLUE),
                any.condition(Condition.USED),
                any.priceBetween(Money.ofCents(5_000), Money.ofCents(10_000)),
                any.priceBetween(null, Money.ofCents(3_000)),
                any.verifiedOnly(true),
                any.flashSaleOnly(true),
                any.brand("new balance").size(ShoeSize.parse("11")),
                any.sortedBy(SearchCriteria.Sort.PRICE_ASCENDING),
                any.sortedBy(SearchCriteria.Sort.PRICE_DESCENDING).color(Color.RED),
                any.shop(1L),
                any.brand("vans").gender(Gender.YOUTH).sortedBy(SearchCriteria.Sort.PRICE_ASCENDING));
    }

    /**
     * Each of the 20 filter combinations as a person pages through it: page 1 counts the matches, pages
     * 10 and 100 reuse that total (as the catalogue screen does).
     */
    private void search(Services services) {
        SearchTimes times = timeSearchMix("in-process", services.search(), searchMix());
        results.add(Measurement.of(
                "catalogue search, all (20 filters x pages 1/10/100)",
                times.all(),
                times.seconds(),
                "p95 <= 20 ms",
                "one thread"));
        results.add(Measurement.of("catalogue search, page 1 with total count", times.firstPages(), 0, "", ""));
        results.add(Measurement.of("catalogue search, pages 10 and 100", times.laterPages(), 0, "", "total reused"));
        SearchTimes inOtherSystems =
                timeSearchMix("in-process, sizes in EU/UK", services.search(), sizeInOtherSystemsMix());
        results.add(Measurement.of(
                "catalogue search, size in EU/UK (4 filters x pages 1/10/100)",
                inOtherSystems.all(),
                inOtherSystems.seconds(),
                "p95 <= 20 ms",
                "one US size a scale"));
    }

    /** A size as a European or British customer gives it: one US size on each gender's scale. */
    private static List<SearchCriteria> sizeInOtherSystemsMix() {
        SearchCriteria any = SearchCriteria.any().page(1, 20);
        return List.of(
                any.size(SizeChart.parseQuery("EU 42")),
                any.size(SizeChart.parseQuery("EU 38")).gender(Gender.WOMEN),
                any.size(SizeChart.parseQuery("UK 9")),
                any.brand("nike").size(SizeChart.parseQuery("EU 44.5")));
    }

    /** Each page's time: the first pages (with their count), the later pages (reusing it), and the wall time. */
    @SuppressWarnings("ArrayRecordComponent") // samples, never compared or hashed
    private record SearchTimes(long[] firstPages, long[] laterPages, double seconds) {
        long[] all() {
            long[] all = Arrays.copyOf(firstPages, firstPages.length + laterPages.length);
            System.arraycopy(laterPages, 0, all, firstPages.length, laterPages.length);
            return all;
        }
    }

    /**
     * The mix once unmeasured (plans and JIT warm), then {@code searchRounds} times, timed page by
     * page; {@code which} names the run in the slowest-filters fact.
     */
    private SearchTimes timeSearchMix(String which, SearchService search, List<SearchCriteria> mix) {
        for (SearchCriteria criteria : mix) {
            long total = search.search(criteria).total();
            search.search(criteria.page(10, 20), total);
            search.search(criteria.page(100, 20), total);
        }
        long[] firstPages = new long[mix.size() * plan.searchRounds()];
        long[] laterPages = new long[mix.size() * plan.searchRounds() * 2];
        int first = 0;
        int later = 0;
        // Each filter's slowest page in each round: the median of those names the filters that cost.
        long[][] slowestPage = new long[mix.size()][plan.searchRounds()];
        long started = System.nanoTime();
        for (int round = 0; round < plan.searchRounds(); round++) {
            for (int index = 0; index < mix.size(); index++) {
                SearchCriteria criteria = mix.get(index);
                long t = System.nanoTime();
                long total = search.search(criteria.page(1, 20)).total();
                firstPages[first++] = System.nanoTime() - t;
                slowestPage[index][round] = firstPages[first - 1];
                for (int page : new int[] {10, 100}) {
                    t = System.nanoTime();
                    search.search(criteria.page(page, 20), total);
                    laterPages[later++] = System.nanoTime() - t;
                    slowestPage[index][round] = Math.max(slowestPage[index][round], laterPages[later - 1]);
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<String> slowest = new ArrayList<>();
        java.util.stream.IntStream.range(0, mix.size())
                .boxed()
                .sorted(java.util.Comparator.comparingLong((Integer index) -> median(slowestPage[index]))
                        .reversed())
                .limit(3)
                .forEach(index -> slowest.add(String.format(
                        Locale.ROOT, "%s %.1f ms", filters(mix.get(index)), median(slowestPage[index]) / 1e6)));
        facts.add(
                "slowest search filters, " + which + " (median of their slowest page): " + String.join("; ", slowest));
        return new SearchTimes(firstPages, laterPages, seconds);
    }

    /** "brand=nike size=EU 42": the filters a search sets, for the report. */
    private static String filters(SearchCriteria criteria) {
        List<String> set = new ArrayList<>();
        for (var component : SearchCriteria.class.getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(criteria);
                String name = component.getName();
                boolean unset = value == null
                        || Boolean.FALSE.equals(value)
                        || name.equals("page")
                        || name.equals("pageSize")
                        || (name.equals("sort") && value == SearchCriteria.any().sort());
                if (!unset) {
                    set.add(name + "=" + value);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return set.isEmpty() ? "no filter" : String.join(" ", set);
    }

    /** The one median rule ({@link Turns}), for millisecond and nanosecond samples. */
    private static long median(long[] samples) {
        return Math.round(
                Turns.of(Arrays.stream(samples).asDoubleStream().toArray()).median());
    }

    private Actor benchAccount(Services services, String role, int n) {
        return services.accounts()
                .signUp(
                        "Bench " + role + " " + n,
                        "bench-" + role + "-" + n + "-" + System.nanoTime() + "@bench.shoetopia.app",
                        BENCH_PASSWORD)
                .actor();
    }

    /** The sales tax the checkout rows price: New York City's 8.875 %, in three rates, as a shop there sets it. */
    static final TaxSettings BENCH_TAX = new TaxSettings(
            false,
            TaxRounding.PER_LINE,
            null,
            List.of(
                    TaxRate.parse("NY State", "standard", "4", null, null),
                    TaxRate.parse("NYC", "standard", "4.5", null, null),
                    TaxRate.parse("MCTD", "standard", "0.375", null, null)));

    /**
     * Till sales of three lines each, one per shop (its owner at its till): the shop's sales tax
     * (three rates) and 5 % off the whole sale, spread over the lines, so the row prices every step
     * of the pricing rule.
     */
    private void checkout(Services services) throws SQLException {
        Map<Long, List<Long>> listingsByOwner = new LinkedHashMap<>();
        try (Connection connection = services.database().dataSource().getConnection();
                var rows = connection.createStatement().executeQuery("""
                        select s.owner_id, l.id from shops s join listings l on l.shop_id = s.id
                        where l.active and l.stock >= 3
                            and not exists (select 1 from flash_sales f where f.active_shop_id = s.id)
                            and not exists (select 1 from carts c where c.open_owner_id = s.owner_id)
                        order by s.id, l.id""")) {
            int ready = 0; // shops with three listings to sell
            while (ready < plan.checkouts() && rows.next()) {
                List<Long> ofShop = listingsByOwner.computeIfAbsent(rows.getLong(1), owner -> new ArrayList<>());
                ofShop.add(rows.getLong(2));
                if (ofShop.size() == 3) {
                    ready++;
                }
            }
            connection.rollback();
        }
        List<Actor> tills = new ArrayList<>();
        for (var shop : listingsByOwner.entrySet()) {
            if (shop.getValue().size() < 3 || tills.size() == plan.checkouts()) {
                continue;
            }
            Actor owner = new Actor(shop.getKey());
            services.shops().setTaxSettings(owner, BENCH_TAX);
            if (services.shifts().current(owner) == null) { // a till sells in an open shift
                services.shifts().open(owner, "Bench till", Money.ZERO);
            }
            for (long listing : shop.getValue().subList(0, 3)) {
                services.carts().add(owner, listing, 1);
            }
            services.carts()
                    .discount(
                            owner,
                            new CartService.DiscountRequest(null, DiscountKind.PERCENT, "5", "Price match"),
                            null);
            tills.add(owner);
        }
        long[] nanos = new long[tills.size()];
        long started = System.nanoTime();
        for (int i = 0; i < tills.size(); i++) {
            long t = System.nanoTime();
            services.checkout().checkout(tills.get(i), Payment.card("Visa", "4242"), null);
            nanos[i] = System.nanoTime() - t;
        }
        results.add(Measurement.of(
                "checkout, 3-line cart, uncontended, 3 tax rates and 5 % off the sale",
                nanos,
                (System.nanoTime() - started) / 1e9,
                "p50 <= 5 ms",
                "a till sale; includes building the receipt"));
    }

    private void createListing(Services services) {
        Actor owner = new Actor(1);
        Random random = new Random(plan.seed());
        long[] fresh = new long[plan.listingsCreated()];
        long[] existing = new long[plan.listingsCreated()];
        long run = System.nanoTime();
        for (int i = 0; i < plan.listingsCreated(); i++) {
            long t = System.nanoTime();
            services.listings()
                    .create(
                            owner,
                            new ListingForm(
                                    "benchbrand", "black", "model " + run + "-" + i, "10", "new", "men", "99.00", "5"));
            fresh[i] = System.nanoTime() - t;
            // A catalogue shoe that exists, in a cell of its grid the shop has not listed yet (a cell
            // is one SKU, and listing one again is refused): found before the clock starts.
            ListingForm cell;
            do {
                String brand = DataGenerator.BRANDS[random.nextInt(DataGenerator.BRANDS.length)];
                String style = DataGenerator.STYLES[random.nextInt(DataGenerator.STYLES.length)];
                String size = Integer.toString(4 + random.nextInt(10)) + (random.nextBoolean() ? ".5" : "");
                String width = Width.values()[random.nextInt(Width.values().length)].code();
                cell = new ListingForm(brand, "white", style, size, "used", "women", "45.50", "2", null, width);
            } while (services.listings().findSku(owner, cell).isPresent());
            t = System.nanoTime();
            services.listings().create(owner, cell);
            existing[i] = System.nanoTime() - t;
        }
        results.add(Measurement.of("create listing, new shoe", fresh, 0, "p50 <= 3 ms", ""));
        results.add(Measurement.of("create listing, existing shoe", existing, 0, "p50 <= 3 ms", ""));
    }

    /**
     * Terminals ring up one unit each of their own listing of one shop's sale, so the one row they all
     * need is the sale's counter: the single-row design (one slot) and the same sale spread over
     * {@link FlashSaleService#DEFAULT_SLOTS} slots, each through the service and in raw JDBC.
     */
    private void flashSaleContention(Services services, Database database) throws Exception {
        Actor owner = benchAccount(services, "owner", 0);
        services.shops().createShop(owner, "Bench Hot Shop " + System.nanoTime());
        services.shops().setTaxSettings(owner, BENCH_TAX);
        int mostTerminals = TERMINALS[TERMINALS.length - 1];
        List<Actor> terminals = new ArrayList<>();
        List<Long> listingOf = new ArrayList<>();
        for (int i = 0; i < mostTerminals; i++) {
            terminals.add(benchAccount(services, "terminal", i));
            listingOf.add(services.listings()
                    .create(
                            owner,
                            new ListingForm(
                                    "benchbrand", "red", "hot seller " + i, "10", "new", "unisex", "100.00", "100000"))
                    .listingId());
        }
        RawCheckout raw = new RawCheckout(database.dataSource());
        CpuMeter cpu = CpuMeter.of(database.dataSource());
        TerminalWork viaService = (terminal, i) -> {
            services.carts().add(terminal, listingOf.get(i), 1);
            services.checkout().checkout(terminal, Payment.cash(null), null);
        };
        TerminalWork viaJdbc = (terminal, i) -> {
            raw.addOne(terminal.accountId(), listingOf.get(i));
            raw.checkout(terminal.accountId());
        };
        // Warm-up, unmeasured: each path until its CPU per checkout has stopped falling.
        services.flashSales().start(owner, FlashSaleService.MAX_UNITS, 20, FlashSaleService.DEFAULT_SLOTS);
        warmUntilSteady("service", terminals, viaService, cpu, null);
        warmUntilSteady("raw JDBC", terminals, viaJdbc, cpu, null);
        statementProfile(database, "service", terminals, viaService, cpu);
        statementProfile(database, "raw JDBC", terminals, viaJdbc, cpu);
        services.flashSales().end(owner);
        double chunk = plan.secondsPerTerminalCount() / ALTERNATIONS;
        for (int count : TERMINALS) {
            // The four run in short turns, so a slow spell of the machine falls on all of them alike;
            // each turn gives its own ratios, reported as their median and spread.
            Run single = Run.NONE;
            Run jdbcRun = Run.NONE;
            Run slots = Run.NONE;
            Run jdbcSlots = Run.NONE;
            double[] serviceToRaw = new double[ALTERNATIONS];
            double[] slotsServiceToRaw = new double[ALTERNATIONS];
            double[] gainToRawGain = new double[ALTERNATIONS];
            double[] cpuToRaw = new double[ALTERNATIONS];
            for (int turn = 0; turn < ALTERNATIONS; turn++) {
                services.flashSales().start(owner, FlashSaleService.MAX_UNITS, 20, 1);
                Run singleTurn = contend(count, terminals, viaService, chunk, cpu);
                Run jdbcTurn = contend(count, terminals, viaJdbc, chunk, cpu);
                services.flashSales().end(owner);
                services.flashSales().start(owner, FlashSaleService.MAX_UNITS, 20, FlashSaleService.DEFAULT_SLOTS);
                Run slotsTurn = contend(count, terminals, viaService, chunk, cpu);
                Run jdbcSlotsTurn = contend(count, terminals, viaJdbc, chunk, cpu);
                services.flashSales().end(owner);
                serviceToRaw[turn] = singleTurn.perSecond() / jdbcTurn.perSecond();
                slotsServiceToRaw[turn] = slotsTurn.perSecond() / jdbcSlotsTurn.perSecond();
                gainToRawGain[turn] = (slotsTurn.perSecond() / singleTurn.perSecond())
                        / (jdbcSlotsTurn.perSecond() / jdbcTurn.perSecond());
                cpuToRaw[turn] = slotsTurn.cpuNanosPerCheckout() / jdbcSlotsTurn.cpuNanosPerCheckout();
                single = single.plus(singleTurn);
                jdbcRun = jdbcRun.plus(jdbcTurn);
                slots = slots.plus(slotsTurn);
                jdbcSlots = jdbcSlots.plus(jdbcSlotsTurn);
            }
            Measurement service = single.measured("flash-sale checkout, service, 1 slot, " + count + " terminals");
            Measurement jdbc = jdbcRun.measured("flash-sale checkout, raw JDBC, 1 slot, " + count + " terminals");
            Measurement slotted = slots.measured("flash-sale checkout, service, " + FlashSaleService.DEFAULT_SLOTS
                    + " slots, " + count + " terminals");
            Measurement jdbcSlotted = jdbcSlots.measured("flash-sale checkout, raw JDBC, "
                    + FlashSaleService.DEFAULT_SLOTS + " slots, " + count + " terminals");
            results.add(withNote(
                    service,
                    "service >= 0.85 x raw",
                    String.format(Locale.ROOT, "%.2f x raw JDBC", service.perSecond() / jdbc.perSecond())));
            results.add(jdbc);
            results.add(withNote(
                    slotted,
                    "service >= 0.85 x raw",
                    String.format(
                            Locale.ROOT,
                            "%.2f x raw JDBC; %.2f x 1 slot",
                            slotted.perSecond() / jdbcSlotted.perSecond(),
                            slotted.perSecond() / service.perSecond())));
            // What the database allows with the slots, for the service's figure to be read against.
            results.add(withNote(
                    jdbcSlotted,
                    "",
                    String.format(Locale.ROOT, "%.2f x raw 1 slot", jdbcSlotted.perSecond() / jdbc.perSecond())));
            ratios.add(Ratio.of("service ÷ raw JDBC, 1 slot", count, Turns.of(serviceToRaw), ">= 0.85"));
            ratios.add(Ratio.of(
                    "service ÷ raw JDBC, " + FlashSaleService.DEFAULT_SLOTS + " slots",
                    count,
                    Turns.of(slotsServiceToRaw),
                    ">= 0.85"));
            ratios.add(Ratio.of(
                    "service's gain from slots ÷ raw JDBC's",
                    count,
                    Turns.of(gainToRawGain),
                    count == 16 ? ">= 0.95" : ""));
            ratios.add(Ratio.of(
                    "CPU per add-and-checkout, service ÷ raw JDBC, " + FlashSaleService.DEFAULT_SLOTS + " slots",
                    count,
                    Turns.of(cpuToRaw),
                    "<= 1.15"));
        }
        shopOrderList(services, owner);
    }

    /** The hot shop now has thousands of orders: the owner opens its order screen (the newest 500). */
    /**
     * Where PostgreSQL's time per add-and-checkout goes, statement by statement: one terminal (so no
     * statement waits for a lock) for a few seconds, read from pg_stat_statements when the server has
     * it loaded (the embedded one does), planning and execution time per checkout.
     */
    private void statementProfile(
            Database database, String path, List<Actor> terminals, TerminalWork work, CpuMeter cpu) throws Exception {
        if (!profileStatements) {
            if (profiles.isEmpty()) {
                profiles.add("statement profile: not measured (only on the benchmark's own embedded server)");
            }
            return;
        }
        try (Connection connection = database.dataSource().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_stat_statements");
            statement.execute("select pg_stat_statements_reset()"); // fails where the library is not loaded
            connection.commit();
            try {
                trackStatements(connection, true);
            } catch (SQLException halfway) {
                trackStatements(connection, false);
                throw halfway;
            }
        } catch (SQLException notLoaded) {
            if (profiles.isEmpty()) {
                profiles.add("statement profile: not measured ("
                        + notLoaded.getMessage().lines().findFirst().orElse("") + ")");
            }
            return;
        }
        Run run;
        try {
            run = contend(1, terminals, work, Math.max(0.2, plan.secondsPerTerminalCount() / 2), cpu);
        } finally {
            try (Connection connection = database.dataSource().getConnection()) {
                trackStatements(connection, false);
            }
        }
        if (run.nanos().length == 0) {
            return;
        }
        double checkouts = run.nanos().length;
        List<String> lines = new ArrayList<>();
        double totalMicros = 0;
        try (Connection connection = database.dataSource().getConnection();
                var rows = connection.createStatement().executeQuery("""
                        select calls, total_plan_time, total_exec_time, query from pg_stat_statements
                        where dbid = (select oid from pg_database where datname = current_database())
                            and query not like '%pg_stat_statements%'
                        order by total_plan_time + total_exec_time desc""")) {
            while (rows.next()) {
                double planMicros = rows.getDouble(2) * 1000 / checkouts;
                double execMicros = rows.getDouble(3) * 1000 / checkouts;
                totalMicros += planMicros + execMicros;
                String sql = rows.getString(4).strip().replaceAll("\\s+", " ");
                lines.add(String.format(
                        Locale.ROOT,
                        "    %5.2f calls %6.1f µs plan %6.1f µs run  %s",
                        rows.getLong(1) / checkouts,
                        planMicros,
                        execMicros,
                        sql.length() > 110 ? sql.substring(0, 110) + "…" : sql));
            }
            connection.rollback();
        } catch (SQLException unreadable) {
            profiles.add("statement profile, " + path + ": not read ("
                    + unreadable.getMessage().lines().findFirst().orElse("") + ")");
            return;
        }
        profiles.add(String.format(
                Locale.ROOT,
                "statement profile, %s, 1 terminal, %d add-and-checkouts: %.0f µs per checkout in statements"
                        + " (PostgreSQL's CPU per checkout %.2f ms, Java's %.2f ms)",
                path,
                run.nanos().length,
                totalMicros,
                Math.max(0, run.serverCpuNanos()) / 1e6 / checkouts,
                run.javaCpuNanos() / 1e6 / checkouts));
        profiles.addAll(lines.subList(0, Math.min(lines.size(), 30)));
    }

    /**
     * Turns pg_stat_statements' tracking (with planning times) on or off for the whole server: on
     * only while a profile runs, so the measured turns carry none of its cost.
     */
    static void trackStatements(Connection connection, boolean on) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true); // ALTER SYSTEM runs outside a transaction
        try (var statement = connection.createStatement()) {
            statement.execute("alter system set pg_stat_statements.track = '" + (on ? "top" : "none") + "'");
            statement.execute("alter system set pg_stat_statements.track_planning = " + (on ? "on" : "off"));
            statement.execute("select pg_reload_conf()");
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        // each backend applies a reload before its next command; the pause lets the signal land
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void shopOrderList(Services services, Actor owner) {
        long[] nanos = new long[plan.orderListReads()];
        int shown = 0;
        for (int i = 0; i < nanos.length; i++) {
            long started = System.nanoTime();
            shown = services.orders().shopOrders(owner).size();
            nanos[i] = System.nanoTime() - started;
        }
        results.add(Measurement.of("shop's order list, busy shop", nanos, 0, "", shown + " orders shown"));
    }

    private static Measurement withNote(Measurement m, String target, String note) {
        return new Measurement(
                m.scenario(),
                m.count(),
                m.p50Millis(),
                m.p95Millis(),
                m.p99Millis(),
                m.perSecond(),
                target,
                (note + (m.note().isEmpty() ? "" : "; " + m.note())));
    }

    @FunctionalInterface
    private interface TerminalWork {
        /** Rings up one sale on terminal number {@code index}. */
        void ringUp(Actor terminal, int index) throws Exception;
    }

    /**
     * What a number of terminals got done: each checkout's time, the wall-clock seconds, the failures,
     * and the CPU this JVM and the database server (-1: not on this machine) spent meanwhile.
     */
    @SuppressWarnings("ArrayRecordComponent") // a run's samples, never compared or hashed
    private record Run(long[] nanos, double seconds, long failures, long javaCpuNanos, long serverCpuNanos) {
        static final Run NONE = new Run(new long[0], 0, 0, 0, 0);

        Run plus(Run other) {
            long[] both = Arrays.copyOf(nanos, nanos.length + other.nanos.length);
            System.arraycopy(other.nanos, 0, both, nanos.length, other.nanos.length);
            return new Run(
                    both,
                    seconds + other.seconds,
                    failures + other.failures,
                    javaCpuNanos + other.javaCpuNanos,
                    serverCpuNanos < 0 || other.serverCpuNanos < 0 ? -1 : serverCpuNanos + other.serverCpuNanos);
        }

        double perSecond() {
            return seconds > 0 ? nanos.length / seconds : 0;
        }

        /** The CPU of this JVM and of PostgreSQL (when it runs here) per checkout. */
        double cpuNanosPerCheckout() {
            return nanos.length == 0
                    ? Double.NaN
                    : (javaCpuNanos + Math.max(0, serverCpuNanos)) / (double) nanos.length;
        }

        Measurement measured(String name) {
            String cpu = nanos.length == 0
                    ? ""
                    : String.format(Locale.ROOT, "CPU per checkout: Java %.2f ms", javaCpuNanos / 1e6 / nanos.length)
                            + (serverCpuNanos < 0
                                    ? ""
                                    : String.format(
                                            Locale.ROOT, ", PostgreSQL %.2f ms", serverCpuNanos / 1e6 / nanos.length));
            return Measurement.of(name, nanos, seconds, "", failures == 0 ? cpu : cpu + "; " + failures + " failed");
        }
    }

    private Run contend(int threads, List<Actor> terminals, TerminalWork work, double seconds, CpuMeter cpu)
            throws Exception {
        ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        AtomicLong failures = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> running = new ArrayList<>();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        for (int i = 0; i < threads; i++) {
            Actor terminal = terminals.get(i);
            int index = i;
            Thread thread = new Thread(
                    () -> {
                        try {
                            start.await();
                            while (System.nanoTime() < deadline) {
                                long t = System.nanoTime();
                                try {
                                    work.ringUp(terminal, index);
                                    nanos.add(System.nanoTime() - t);
                                } catch (Exception e) {
                                    // Counted, and the first one said: a row of failures is a bug to see.
                                    if (failures.getAndIncrement() == 0) {
                                        System.err.println("A checkout failed: " + e);
                                    }
                                }
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    },
                    "bench-terminal-" + i);
            running.add(thread);
            thread.start();
        }
        long javaCpuBefore = cpu.javaNanos();
        OptionalLong serverCpuBefore = cpu.serverNanos();
        long started = System.nanoTime();
        start.countDown();
        for (Thread thread : running) {
            thread.join();
        }
        double took = (System.nanoTime() - started) / 1e9;
        OptionalLong serverCpuAfter = cpu.serverNanos();
        long serverCpu = serverCpuBefore.isPresent() && serverCpuAfter.isPresent()
                ? serverCpuAfter.getAsLong() - serverCpuBefore.getAsLong()
                : -1;
        return new Run(
                nanos.stream().mapToLong(Long::longValue).toArray(),
                took,
                failures.get(),
                cpu.javaNanos() - javaCpuBefore,
                serverCpu);
    }

    private void liveUpdates(Services services) throws Exception {
        long[] nanos = commitToListener(services, services.flashSales(), "live", 1_000);
        results.add(Measurement.of(
                "live update: commit to another terminal's listener", nanos, 0, "p95 <= 100 ms", "LISTEN/NOTIFY"));
    }

    /**
     * A sale's checkouts committed in-process, each timed until {@code watched}'s listener hears of
     * it (another terminal's feed, in-process or from a server), after {@code settleMillis} for the
     * feed to connect.
     */
    private long[] commitToListener(Services services, FlashSaleService watched, String name, long settleMillis)
            throws Exception {
        Actor owner = benchAccount(services, name + "-owner", 0);
        services.shops().createShop(owner, "Bench " + name + " shop " + System.nanoTime());
        var listing = services.listings()
                .create(
                        owner,
                        new ListingForm(
                                "benchbrand", "blue", name + " seller", "10", "new", "unisex", "50.00", "10000"));
        services.flashSales().start(owner, 100_000, 10);
        Actor buyer = benchAccount(services, name + "-buyer", 0);
        LinkedBlockingQueue<Long> seen = new LinkedBlockingQueue<>();
        long[] nanos = new long[plan.liveUpdates()];
        try (AutoCloseable watching = watched.onAnySaleChange(shop -> {
            if (shop == listing.shopId()) {
                seen.add(System.nanoTime());
            }
        })) {
            Thread.sleep(settleMillis);
            seen.clear();
            for (int i = 0; i < nanos.length; i++) {
                services.carts().add(buyer, listing.listingId(), 1);
                services.checkout().checkout(buyer, Payment.cash(null), null);
                long committed = System.nanoTime();
                Long arrived = seen.poll(5, TimeUnit.SECONDS);
                nanos[i] = arrived == null ? TimeUnit.SECONDS.toNanos(5) : Math.max(0, arrived - committed);
                seen.clear();
            }
        }
        services.flashSales().end(owner);
        return nanos;
    }

    /**
     * The same use cases through a Shoetopia server started from the app's jar (its own process, its
     * own pool of {@code db.pool.size} 16), each till a RemoteApi over HTTPS, beside the in-process
     * services in alternating turns: flash-sale checkout at every terminal count, catalogue search,
     * the live update, and sign-in to the first screen. CPU per checkout is split between the tills
     * (this JVM), the server process and PostgreSQL.
     */
    private void throughServer(Services services, Path jar) throws Exception {
        try (ServerProcess server = ServerProcess.start(jar, config)) {
            Actor owner = benchAccount(services, "server-owner", 0);
            services.shops().createShop(owner, "Bench Server Shop " + System.nanoTime());
            int mostTerminals = TERMINALS[TERMINALS.length - 1];
            List<Actor> terminals = new ArrayList<>();
            List<RemoteApi> tills = new ArrayList<>();
            List<Long> listingOf = new ArrayList<>();
            for (int i = 0; i < mostTerminals; i++) {
                Actor terminal = benchAccount(services, "server-terminal", i);
                terminals.add(terminal);
                RemoteApi till = server.till();
                till.api()
                        .accounts()
                        .logIn(services.accounts().refresh(terminal).email(), BENCH_PASSWORD);
                tills.add(till);
                listingOf.add(services.listings()
                        .create(
                                owner,
                                new ListingForm(
                                        "benchbrand",
                                        "green",
                                        "till seller " + i,
                                        "10",
                                        "new",
                                        "unisex",
                                        "100.00",
                                        "100000"))
                        .listingId());
            }
            try {
                checkoutThroughServer(services, server, owner, terminals, tills, listingOf);
                searchThroughServer(tills.get(0));
                liveUpdateThroughServer(services, tills.get(0));
                signInThroughServer(services, server);
            } finally {
                tills.forEach(RemoteApi::close);
            }
        }
    }

    private void checkoutThroughServer(
            Services services,
            ServerProcess server,
            Actor owner,
            List<Actor> terminals,
            List<RemoteApi> tills,
            List<Long> listingOf)
            throws Exception {
        CpuMeter cpu = CpuMeter.of(services.database().dataSource());
        TerminalWork inProcess = (terminal, i) -> {
            services.carts().add(terminal, listingOf.get(i), 1);
            services.checkout().checkout(terminal, Payment.cash(null), null);
        };
        TerminalWork viaServer = (terminal, i) -> {
            var api = tills.get(i).api();
            api.carts().add(terminal, listingOf.get(i), 1);
            api.checkout().checkout(terminal, Payment.cash(null), null);
        };
        services.flashSales().start(owner, FlashSaleService.MAX_UNITS, 20, FlashSaleService.DEFAULT_SLOTS);
        warmUntilSteady("through a server", terminals, viaServer, cpu, server);
        warmUntilSteady("in-process, beside the server", terminals, inProcess, cpu, null);
        double chunk = plan.secondsPerTerminalCount() / ALTERNATIONS;
        for (int count : TERMINALS) {
            Run local = Run.NONE;
            Run remote = Run.NONE;
            long serverCpu = 0;
            double[] serverToInProcess = new double[ALTERNATIONS];
            for (int turn = 0; turn < ALTERNATIONS; turn++) {
                Run localTurn = contend(count, terminals, inProcess, chunk, cpu);
                long before = server.cpuNanos();
                Run remoteTurn = contend(count, terminals, viaServer, chunk, cpu);
                serverCpu += server.cpuNanos() - before;
                serverToInProcess[turn] = remoteTurn.perSecond() / localTurn.perSecond();
                local = local.plus(localTurn);
                remote = remote.plus(remoteTurn);
            }
            ratios.add(Ratio.of("through a server ÷ in-process", count, Turns.of(serverToInProcess), ">= 0.7"));
            Measurement inProcessRow = local.measured("flash-sale checkout, in-process, " + count + " terminals");
            Measurement serverRow = remote.measured("flash-sale checkout, through a server, " + count + " terminals");
            results.add(inProcessRow);
            results.add(withNote(
                    serverRow,
                    ">= 0.7 x in-process",
                    String.format(
                            Locale.ROOT,
                            "%.2f x in-process; server process CPU %.2f ms per checkout (Java above is the tills')",
                            serverRow.perSecond() / inProcessRow.perSecond(),
                            serverRow.count() == 0 ? 0 : serverCpu / 1e6 / serverRow.count())));
        }
        services.flashSales().end(owner);
    }

    /**
     * Unmeasured windows of eight terminals on one path until its CPU per checkout (this JVM,
     * PostgreSQL when it runs here, and the server process when there is one) is steady by
     * {@link SteadyState}, or until the plan's ceiling. A fresh JVM compiles for a minute or two on two
     * busy cores, and what follows should be the speed a till or a server runs at for days.
     */
    private void warmUntilSteady(
            String path, List<Actor> terminals, TerminalWork work, CpuMeter cpu, ServerProcess server)
            throws Exception {
        long ceiling = System.nanoTime() + (long) (plan.warmUpCeilingSeconds() * 1e9);
        var ownCompiler = ManagementFactory.getCompilationMXBean();
        SteadyState state = new SteadyState(plan.warmUpMinimumCheckouts());
        while (!state.steady() && System.nanoTime() < ceiling) {
            long serverCpu = server == null ? 0 : server.cpuNanos();
            long serverCompiling = server == null ? 0 : server.compilerCpuNanos();
            long ownCompiling = ownCompiler.getTotalCompilationTime();
            long started = System.nanoTime();
            Run window = contend(8, terminals, work, plan.warmUpWindowSeconds(), cpu);
            double took = System.nanoTime() - started;
            double serverShare = server == null ? 0 : (server.compilerCpuNanos() - serverCompiling) / took;
            double ownShare = (ownCompiler.getTotalCompilationTime() - ownCompiling) * 1e6 / took;
            long windowCpu = window.javaCpuNanos()
                    + Math.max(0, window.serverCpuNanos())
                    + (server == null ? 0 : server.cpuNanos() - serverCpu);
            state.window(window.nanos().length, windowCpu, Math.max(serverShare, ownShare));
        }
        facts.add(String.format(
                Locale.ROOT,
                "warm-up, %s: %d windows of %.1f s, %s; CPU per checkout %.2f ms in the first window, %.2f in the last",
                path,
                state.windows(),
                plan.warmUpWindowSeconds(),
                state.steady()
                        ? "until steady (" + SteadyState.WINDOWS_IN_AGREEMENT + " windows within "
                                + Math.round(SteadyState.TOLERANCE * 100) + " %, the JIT quiet, "
                                + state.checkouts() + " checkouts)"
                        : "stopped at the ceiling of " + Math.round(plan.warmUpCeilingSeconds()) + " s, not steady",
                state.firstCpuMillis(),
                state.lastCpuMillis()));
    }

    private void searchThroughServer(RemoteApi till) {
        SearchTimes times = timeSearchMix("through a server", till.api().search(), searchMix());
        results.add(Measurement.of(
                "catalogue search through a server (20 filters x pages 1/10/100)",
                times.all(),
                times.seconds(),
                "p95 <= 25 ms",
                "HTTPS + JSON, one till"));
    }

    /** A checkout committed in-process, seen by a till whose feed comes from the server. */
    private void liveUpdateThroughServer(Services services, RemoteApi watcher) throws Exception {
        long[] nanos = commitToListener(services, watcher.api().flashSales(), "server-live", 2_000);
        results.add(Measurement.of(
                "live update through a server: commit to a till's listener",
                nanos,
                0,
                "p95 <= 100 ms",
                "LISTEN/NOTIFY, then server-sent events"));
    }

    /** What a cashier waits for at the start of a shift: connect, sign in, the dashboard's figures. */
    private void signInThroughServer(Services services, ServerProcess server) throws SQLException {
        String email = firstShopOwnerEmail(services);
        String password = DataGenerator.passwordFor(plan.seed());
        long[] nanos = new long[plan.signUps()];
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            try (RemoteApi till = server.till()) {
                Actor me = till.api().accounts().logIn(email, password).actor();
                till.api().shops().dashboard(me);
            }
            nanos[i] = System.nanoTime() - t;
        }
        results.add(Measurement.of(
                "sign-in to the first screen through a server",
                nanos,
                0,
                "",
                "new TLS connection, Argon2id check, session, dashboard"));
    }

    private void signUp(Services services) {
        long[] nanos = new long[plan.signUps()];
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            benchAccount(services, "signup", i);
            nanos[i] = System.nanoTime() - t;
        }
        results.add(Measurement.of("sign-up (Argon2id 19 MiB, 2 passes, deliberately slow)", nanos, 0, "none", ""));
    }

    private void memory(Services services) {
        services.shops().dashboard(new Actor(1));
        services.search().search(SearchCriteria.any());
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        facts.add(String.format(
                Locale.ROOT,
                "services' heap in use after the dashboard and a search: %d MiB",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20));
    }

    /**
     * Starts the real desktop app from its own jar against the benchmark's database (on Xvfb when there is
     * no display), with the installer's heap limit; its footprint probe signs in as the first shop's
     * owner, opens the dashboard and the search, and reports.
     */
    /** Starts of the bare window and of the app, each; their medians are reported. */
    private static final int DESKTOP_STARTS = 3;

    /**
     * The real app from its jar, three times, beside a bare JavaFX window started as often from the
     * same Java ({@link BareWindow}); the app's start is reported as multiples of the bare window's.
     */
    private void desktopApp(Services services, Path jar) throws Exception {
        List<String> display = new ArrayList<>();
        if (System.getenv("DISPLAY") == null) {
            if (!onPath("xvfb-run")) {
                facts.add("desktop app: not measured (no display and no xvfb-run)");
                return;
            }
            display.addAll(List.of("xvfb-run", "-a"));
        }
        if (!Files.isRegularFile(jar)) {
            facts.add("desktop app: not measured (no app jar at " + jar + "; build it, or pass --app-jar)");
            return;
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Path home = Files.createTempDirectory("shoetopia-footprint-home");
        Path ownJar = Path.of(BareWindow.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        long[] bare = new long[DESKTOP_STARTS];
        List<Map<String, Object>> starts = new ArrayList<>();
        for (int i = 0; i < DESKTOP_STARTS; i++) {
            // alternating, so a slow spell of the machine falls on both alike
            Path bareReport = Files.createTempFile("shoetopia-bare-window", ".txt");
            List<String> bareCommand = new ArrayList<>(display);
            bareCommand.addAll(List.of(
                    java, "-Xmx1g", "-cp", ownJar.toString(), BareWindow.class.getName(), bareReport.toString()));
            launch(new ProcessBuilder(bareCommand), home.resolve("bare-window.log"));
            String bareMillis = Files.readString(bareReport).strip();
            Files.delete(bareReport);
            if (bareMillis.isEmpty()) {
                facts.add("desktop app: not measured (the bare window did not start; see "
                        + home.resolve("bare-window.log") + ")");
                return;
            }
            bare[i] = Long.parseLong(bareMillis);

            Path report = Files.createTempFile("shoetopia-footprint", ".json");
            List<String> command = new ArrayList<>(display);
            command.addAll(List.of(
                    java, "-Xmx1g", "-D" + FootprintProbe.REPORT_PROPERTY + "=" + report, "-jar", jar.toString()));
            ProcessBuilder app = new ProcessBuilder(command);
            var environment = app.environment();
            environment.put("SHOETOPIA_HOME", home.toString());
            environment.put("SHOETOPIA_DB_URL", config.url());
            environment.put("SHOETOPIA_DB_USER", config.user());
            environment.put("SHOETOPIA_DB_PASSWORD", config.password());
            environment.put(FootprintProbe.EMAIL_VARIABLE, firstShopOwnerEmail(services));
            environment.put(FootprintProbe.PASSWORD_VARIABLE, DataGenerator.passwordFor(plan.seed()));
            launch(app, home.resolve("app.log"));
            String measured = Files.readString(report).strip();
            Files.delete(report);
            if (measured.isEmpty()) {
                facts.add("desktop app: not measured (see " + home.resolve("app.log") + ")");
                return;
            }
            starts.add(JsonMapper.builder().build().readValue(measured, new TypeReference<Map<String, Object>>() {}));
        }
        double bareMillis = median(bare);
        facts.add(String.format(
                Locale.ROOT,
                "desktop app (real window, -Xmx1g as installed, first shop's owner), median of %d starts: %s",
                DESKTOP_STARTS,
                medianOfEach(starts)));
        facts.add(String.format(
                Locale.ROOT,
                "bare JavaFX window: %.0f ms from process start (median of %d, %d–%d)",
                bareMillis,
                DESKTOP_STARTS,
                Arrays.stream(bare).min().orElse(0),
                Arrays.stream(bare).max().orElse(0)));
        for (String phase : List.of("first_window_ms", "usable_window_ms", "signed_in_ms")) {
            // each start against the bare window started just before it
            double[] perStart = new double[starts.size()];
            for (int i = 0; i < perStart.length; i++) {
                perStart[i] = ((Number) starts.get(i).get(phase)).doubleValue() / bare[i];
            }
            ratios.add(Ratio.of(
                    "desktop app " + phase.replace("_ms", "") + " ÷ bare JavaFX window", 1, Turns.of(perStart), ""));
        }
        double[] sinceSignIn = starts.stream()
                .mapToDouble(start -> ((Number) start.get("sign_in_to_till_ms")).doubleValue())
                .toArray();
        facts.add("desktop app: sign-in to the till ready, ms: " + Turns.of(sinceSignIn)
                + "; resident memory after the dashboard and a search, MiB: "
                + Turns.of(starts.stream()
                        .mapToDouble(start -> ((Number) start.get("resident_mib")).doubleValue())
                        .toArray()));
    }

    /** Each numeric field's median over the starts (the text fields of the first). */
    private static Map<String, Object> medianOfEach(List<Map<String, Object>> starts) {
        Map<String, Object> medians = new LinkedHashMap<>(starts.get(0));
        medians.replaceAll((field, first) -> first instanceof Number
                ? median(starts.stream()
                        .mapToLong(start -> ((Number) start.get(field)).longValue())
                        .toArray())
                : first);
        return medians;
    }

    private static void launch(ProcessBuilder process, Path log) throws Exception {
        Process started = process.redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        if (!started.waitFor(3, TimeUnit.MINUTES)) {
            started.destroyForcibly();
        }
    }

    private static boolean onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, program)));
    }

    private static String firstShopOwnerEmail(Services services) throws SQLException {
        try (Connection connection = services.database().dataSource().getConnection();
                var rows = connection
                        .createStatement()
                        .executeQuery(
                                "select a.email from shops s join accounts a on a.id = s.owner_id order by s.id limit 1")) {
            rows.next();
            String email = rows.getString(1);
            connection.rollback();
            return email;
        }
    }

    private void print(List<Invariants.Check> checks) {
        // Steal is the hypervisor serving other guests: a run with much of it measured a busier machine.
        ticksAtStart.ifPresent(start -> MachineFacts.cpuTicks()
                .ifPresent(end -> facts.add(String.format(
                        Locale.ROOT,
                        "steal time during the run: %.1f %% of CPU time",
                        100 * start.stealShareUntil(end)))));
        out.println();
        facts.forEach(out::println);
        out.println();
        out.println(Measurement.tableHeader());
        results.forEach(m -> out.println(m.tableRow()));
        if (!ratios.isEmpty()) {
            out.println();
            out.println("Ratios (median of the turns, lowest–highest turn):");
            ratios.forEach(r -> out.println("  " + r.line()));
        }
        if (!profiles.isEmpty()) {
            out.println();
            profiles.forEach(out::println);
        }
        out.println();
        out.println("Invariants after the run:");
        checks.forEach(check -> out.println("  " + check));
        out.flush();
    }

    /** The JSON report: what the table shows, with the machine's facts and the invariants' verdict. */
    private record Report(
            String when,
            List<String> facts,
            List<Measurement> results,
            List<Ratio> ratios,
            @JsonProperty("statement_profiles") List<String> statementProfiles,
            @JsonProperty("invariants_hold") boolean invariantsHold) {}

    private void write(Path folder, List<Invariants.Check> checks) throws IOException {
        Files.createDirectories(folder);
        Instant now = Instant.now();
        Path file = folder.resolve("bench-" + now.toString().replace(':', '-') + ".json");
        JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build()
                .writeValue(
                        file.toFile(),
                        new Report(now.toString(), facts, results, ratios, profiles, Invariants.allHold(checks)));
        out.println("Report written to " + file);
    }
}
