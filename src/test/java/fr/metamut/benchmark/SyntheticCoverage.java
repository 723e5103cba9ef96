package fr.metamut.benchmark;

import fr.metamut.coverage.domain.matrix.CoverageCalculator;
import fr.metamut.coverage.domain.matrix.CoverageCell;
import fr.metamut.coverage.domain.matrix.CoverageInput;
import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import fr.metamut.coverage.domain.matrix.CoverageRow;
import fr.metamut.coverage.domain.matrix.PriorityRanking;
import fr.metamut.coverage.domain.matrix.PublishedValue;
import fr.metamut.coverage.domain.matrix.Reconciliation;
import fr.metamut.workbook.domain.WorkbookContent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * National-scale data for the benchmark, generated from a fixed seed: départements with their real
 * codes, operators mostly working in a home département (as OPSN do), offerings, survey demand for every
 * (service, département) and the region, and a published table that disagrees in a few cells.
 */
public final class SyntheticCoverage {

    /** France's 101 départements: 01–19, 2A, 2B, 21–95 and the five overseas ones. */
    public static final int NATIONAL_DEPARTEMENTS = 101;
    public static final int NATIONAL_OPERATORS = 300;
    public static final int NATIONAL_SERVICES = 60;
    public static final int NATIONAL_OFFERINGS = 20_000;
    private static final List<String> FAMILIES = List.of("Dématérialisation et conformité", "Logiciels métier",
            "Services aux usagers et données", "Infrastructures, réseaux et sécurité", "Accompagnement et formation",
            "Achats et équipement");
    private static final double HOME_SHARE = 0.7;
    private static final double PUBLISHED_ERROR_RATE = 0.05;
    private static final int MAX_DEMAND_TENTHS = 400;

    private final CoverageInput input;
    private final List<PublishedValue> published = new ArrayList<>();
    private final List<WorkbookContent.Need> needs = new ArrayList<>();

    private SyntheticCoverage(int departementCount, int operatorCount, int serviceCount, int offeringCount, long seed) {
        Random random = new Random(seed);
        List<CoverageInput.Departement> departements = departements(departementCount);
        List<CoverageInput.Service> services = new ArrayList<>();
        for (int s = 0; s < serviceCount; s++) {
            String family = FAMILIES.get(s % FAMILIES.size());
            services.add(new CoverageInput.Service(s + 1, "S" + (s + 1), "Service numérique n° " + (s + 1), family,
                    s % FAMILIES.size() + 1, s < serviceCount / 2));
        }
        if (offeringCount > (long) operatorCount * serviceCount * departementCount) {
            throw new IllegalArgumentException("more offerings than (operator, service, département) triples");
        }
        List<CoverageInput.Offer> offers = new ArrayList<>(offeringCount);
        Set<Long> seen = new HashSet<>();
        while (offers.size() < offeringCount) {
            int operator = random.nextInt(operatorCount);
            int departement = random.nextDouble() < HOME_SHARE
                    ? operator % departementCount : random.nextInt(departementCount);
            // popular services first: the square skews the draw towards low indexes
            int service = (int) (serviceCount * Math.pow(random.nextDouble(), 2));
            long key = ((long) operator * serviceCount + service) * departementCount + departement;
            if (seen.add(key)) {
                offers.add(new CoverageInput.Offer(1000L + operator, "OPSN %03d".formatted(operator + 1), service + 1L,
                        departements.get(departement).code()));
            }
        }
        List<CoverageInput.Demand> demand = new ArrayList<>();
        for (CoverageInput.Service service : services) {
            Map<String, BigDecimal> percents = new HashMap<>();
            long total = 0;
            for (CoverageInput.Departement departement : departements) {
                int tenths = random.nextInt(MAX_DEMAND_TENTHS);
                total += tenths;
                BigDecimal percent = BigDecimal.valueOf(tenths, 1);
                percents.put(departement.code(), percent);
                demand.add(new CoverageInput.Demand(service.id(), departement.code(), percent));
            }
            BigDecimal region = BigDecimal.valueOf(total / departements.size(), 1);
            demand.add(new CoverageInput.Demand(service.id(), null, region));
            needs.add(new WorkbookContent.Need((int) service.id(), "Besoin : " + service.name(), service.id(),
                    service.name(), percents, region, null));
        }
        input = new CoverageInput(departements, services, offers, demand, List.of());
        publishNearly(CoverageCalculator.compute(input), random);
    }

    /** The national scale of the benchmark: 101 départements, 300 operators, 60 services, 20,000 offerings. */
    public static SyntheticCoverage national() {
        return new SyntheticCoverage(NATIONAL_DEPARTEMENTS, NATIONAL_OPERATORS, NATIONAL_SERVICES, NATIONAL_OFFERINGS, 2021);
    }

    public static SyntheticCoverage of(int departements, int operators, int services, int offerings, long seed) {
        return new SyntheticCoverage(departements, operators, services, offerings, seed);
    }

    public CoverageInput input() {
        return input;
    }

    public List<PublishedValue> published() {
        return published;
    }

    /** What the workbook service would gather from a database holding this data. */
    public WorkbookContent content() {
        CoverageMatrix matrix = CoverageCalculator.compute(input);
        return new WorkbookContent(matrix, PriorityRanking.rank(matrix), Reconciliation.compare(matrix, published),
                needs, List.of(
                        new WorkbookContent.Fact("Réponses complètes à l'enquête", BigDecimal.valueOf(48_800), null),
                        new WorkbookContent.Fact("Part des répondants utilisant au moins un OPSN", BigDecimal.valueOf(72), "%"),
                        new WorkbookContent.Fact("Satisfaction moyenne (sur 10)", new BigDecimal("6.8"), "/10")),
                "Données synthétiques (benchmark)", LocalDate.of(2026, 11, 28));
    }

    /** A published table equal to the computed counts except in a few cells, like the 2021 report's. */
    private void publishNearly(CoverageMatrix matrix, Random random) {
        int position = 0;
        for (CoverageRow row : matrix.rows()) {
            position++;
            int departementsCovered = 0;
            for (CoverageInput.Departement departement : matrix.departements()) {
                CoverageCell cell = row.cell(departement.code());
                departementsCovered += cell.count() > 0 ? 1 : 0;
                published.add(new PublishedValue(position, row.service().name(), row.service().id(), departement.code(),
                        cell.count() + (random.nextDouble() < PUBLISHED_ERROR_RATE ? 1 : 0)));
            }
            published.add(new PublishedValue(position, row.service().name(), row.service().id(), null, departementsCovered));
        }
    }

    private static List<CoverageInput.Departement> departements(int count) {
        List<String> codes = new ArrayList<>();
        for (int n = 1; n <= 95; n++) {
            if (n == 20) {
                codes.add("2A");
                codes.add("2B");
            } else {
                codes.add("%02d".formatted(n));
            }
        }
        codes.addAll(List.of("971", "972", "973", "974", "976"));
        for (int extra = codes.size(); extra < count; extra++) {
            codes.add("X" + extra);
        }
        return codes.subList(0, count).stream().map(c -> new CoverageInput.Departement(c, "Département " + c)).toList();
    }
}
