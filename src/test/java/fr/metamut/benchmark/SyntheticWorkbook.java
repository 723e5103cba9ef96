package fr.metamut.benchmark;

import fr.metamut.workbook.domain.WorkbookContent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The full workbook at national scale: {@link SyntheticCoverage#national()} for the coverage sheets, plus
 * generated joint offers, partnerships, SWOT entries and actions (fixed seed, French labels as the
 * application writes them).
 */
final class SyntheticWorkbook {

    static final int OFFERS = 2_000;
    static final int ACTIONS = 10_000;
    static final int PARTNERSHIPS = 300;
    static final int SWOT = 100;
    static final List<String> ACTION_STATUSES = List.of("À faire", "En cours", "Fait", "Bloqué");
    static final List<String> ACTION_STATUS_NAMES = List.of("A_FAIRE", "EN_COURS", "FAIT", "BLOQUE");
    static final List<String> PRIORITIES = List.of("Haute", "Moyenne", "Basse");
    static final List<String> PRIORITY_NAMES = List.of("HAUTE", "MOYENNE", "BASSE");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private SyntheticWorkbook() {
    }

    static WorkbookContent national() {
        return with(SyntheticCoverage.national().content(), OFFERS, PARTNERSHIPS, SWOT, ACTIONS, 42);
    }

    /** {@code base} with generated offers, partnerships, SWOT entries and actions. */
    static WorkbookContent with(WorkbookContent base, int offers, int partnerships, int swot, int actions, long seed) {
        Random random = new Random(seed);
        return new WorkbookContent(base.matrix(), base.priorities(), base.discrepancies(), base.needs(), base.facts(),
                base.source(), base.exportDate(), offers(offers, random), partnerships(partnerships, random),
                swot(swot, random), actions(actions, random));
    }

    private static String departements(Random random, int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            codes.add(String.format("%02d", 1 + random.nextInt(95)));
        }
        return String.join(", ", codes);
    }

    private static List<WorkbookContent.Offer> offers(int count, Random random) {
        List<String> statuses = List.of("Brouillon", "Soumise", "Acceptée", "Refusée", "Retirée");
        List<WorkbookContent.Offer> offers = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            LocalDate start = TODAY.minusDays(random.nextInt(1500));
            offers.add(new WorkbookContent.Offer("Offre conjointe n° " + i + " : mutualisation du service " + (1 + i % 60),
                    statuses.get(random.nextInt(statuses.size())), "Opérateur " + (1 + random.nextInt(300)),
                    "Opérateur " + (1 + random.nextInt(300)) + ", Opérateur " + (1 + random.nextInt(300)),
                    "Service numérique n° " + (1 + random.nextInt(60)) + ", Service numérique n° " + (1 + random.nextInt(60)),
                    departements(random, 1 + random.nextInt(4)), BigDecimal.valueOf(random.nextInt(5_000_000), 2),
                    start, start.plusYears(3), start.plusDays(30), random.nextBoolean() ? start.plusDays(90) : null,
                    "Justification de l'offre " + i + " : besoin exprimé par les collectivités du territoire.",
                    "coordinateur" + (1 + random.nextInt(500)) + "@exemple.fr"));
        }
        return offers;
    }

    private static List<WorkbookContent.Partnership> partnerships(int count, Random random) {
        List<WorkbookContent.Partnership> list = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            LocalDate start = TODAY.minusDays(random.nextInt(2000));
            list.add(new WorkbookContent.Partnership("Partenariat n° " + i, random.nextBoolean() ? "Convention" : "Groupement",
                    random.nextBoolean() ? "Actif" : "En projet",
                    "Opérateur " + (1 + random.nextInt(300)) + ", Opérateur " + (1 + random.nextInt(300)),
                    "Service numérique n° " + (1 + random.nextInt(60)), departements(random, 1 + random.nextInt(3)),
                    start, random.nextBoolean() ? start.plusYears(4) : null,
                    "Description du partenariat " + i + ", périmètre et engagements réciproques.", "Saisie"));
        }
        return list;
    }

    private static List<WorkbookContent.SwotEntry> swot(int count, Random random) {
        List<String> quadrants = List.of("Atouts", "Faiblesses", "Opportunités", "Menaces");
        List<WorkbookContent.SwotEntry> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(new WorkbookContent.SwotEntry(quadrants.get(i % 4), i / 4 + 1, "Élément AFOM n° " + (i + 1),
                    "Description de l'élément " + (i + 1) + " tirée de l'enquête et des entretiens.",
                    "Enquête 2021, question " + (1 + random.nextInt(40)), "directeur" + (1 + random.nextInt(20)),
                    TODAY.minusDays(random.nextInt(300))));
        }
        return list;
    }

    /** Actions numbered 1..count, due dates within the range the import accepts. */
    static List<WorkbookContent.Action> actions(int count, Random random) {
        List<WorkbookContent.Action> list = new ArrayList<>(count);
        for (int id = 1; id <= count; id++) {
            int status = random.nextInt(ACTION_STATUSES.size());
            LocalDate due = random.nextInt(10) == 0 ? null : LocalDate.of(2022, 1, 1).plusDays(random.nextInt(2500));
            boolean done = status == 2;
            boolean overdue = !done && due != null && due.isBefore(TODAY);
            boolean indicator = random.nextBoolean();
            list.add(new WorkbookContent.Action(id, "Action n° " + id + " du plan national de mutualisation",
                    "Pilote " + (1 + random.nextInt(300)), "Contributeur " + (1 + random.nextInt(300)),
                    due, ACTION_STATUSES.get(status), done, PRIORITIES.get(random.nextInt(3)),
                    indicator ? "Collectivités raccordées" : null, indicator ? BigDecimal.valueOf(100) : null,
                    indicator ? BigDecimal.valueOf(random.nextInt(1000), 1) : null, random.nextInt(101), overdue,
                    random.nextBoolean() ? "Offre conjointe n° " + (1 + random.nextInt(2000)) : null));
        }
        return list;
    }
}
