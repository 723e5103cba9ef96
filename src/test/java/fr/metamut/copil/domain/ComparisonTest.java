package fr.metamut.copil.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.base.ui.TranslationProvider;
import fr.metamut.workbook.domain.Labels;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The kinds of change the service test on the report's data does not make: a gap opened, a doublon created and
 * one removed, an offer submitted and one withdrawn, an action newly late, partnerships started and ended (one
 * taken off the registry), SWOT items added, changed and removed; and what does not count as a change.
 */
class ComparisonTest {

    private static final Labels LABELS = Labels.of(TranslationProvider.load("fr"), Locale.FRENCH);
    private static final Instant SPRING = Instant.parse("2027-03-14T10:00:00Z");
    private static final Instant SUMMER = Instant.parse("2027-06-20T10:00:00Z");
    private static final List<Baseline.Departement> DEPARTEMENTS = List.of(new Baseline.Departement("02", "Aisne"),
            new Baseline.Departement("62", "Pas-de-Calais"));
    private static final List<String> OPERATORS = List.of("Adico", "CDG62", "Somme Numérique");

    @Test
    void each_kind_of_change_between_two_meetings_gets_its_row_and_nothing_else_does() {
        Baseline spring = new Baseline(Baseline.FORMAT, SPRING, LocalDate.of(2027, 3, 14),
                coverage(new Baseline.Service("ADS", "Autorisation du droit des sols", "Métier",
                                List.of(List.of(0), List.of(0, 1))),
                        new Baseline.Service("SIG", "Système d’information géographique", "Métier",
                                List.of(List.of(0), List.of()))),
                List.of(offer(1, "Portail citoyen", "EN_INSTRUCTION", SPRING.minusSeconds(86_400)),
                        offer(2, "Archivage mutualisé", "SOUMISE", SPRING.minusSeconds(86_400))),
                List.of(action(10, "Former au RGPD", LocalDate.of(2027, 5, 31), false)),
                List.of(partnership(20, "Groupement marchés", "EN_PROJET"), partnership(21, "Plateforme SIG", "ACTIVE"),
                        partnership(22, "Convention DPO", "ACTIVE")),
                List.of(swot(30, "STRENGTH", "Un maillage dense"), swot(31, "WEAKNESS", "Des outils épars"),
                        swot(32, "THREAT", "Des budgets contraints")));
        Baseline summer = new Baseline(Baseline.FORMAT, SUMMER, LocalDate.of(2027, 6, 20),
                coverage(new Baseline.Service("ADS", "Autorisation du droit des sols", "Métier",
                                List.of(List.of(0, 2), List.of(1))),
                        new Baseline.Service("SIG", "Système d’information géographique", "Métier",
                                List.of(List.of(), List.of()))),
                List.of(offer(1, "Portail citoyen", "EN_INSTRUCTION", SPRING.minusSeconds(86_400)),
                        offer(2, "Archivage mutualisé", "RETIREE", SPRING.minusSeconds(86_400)),
                        offer(3, "Parapheur partagé", "SOUMISE", SUMMER.minusSeconds(86_400))),
                List.of(action(10, "Former au RGPD", LocalDate.of(2027, 5, 31), true)),
                List.of(partnership(20, "Groupement marchés", "ACTIVE"), partnership(21, "Plateforme SIG", "TERMINEE")),
                List.of(swot(30, "STRENGTH", "Un maillage dense"), swot(31, "THREAT", "Des outils épars"),
                        swot(33, "OPPORTUNITY", "Le plan France Très Haut Débit")));

        Comparison comparison = Comparison.of(spring, summer, LABELS);

        assertThat(comparison.changes()).containsExactly(
                new Change(ChangeKind.GAP_OPENED, "Système d’information géographique", "02", "1", "0", "Adico"),
                new Change(ChangeKind.DOUBLON_CREATED, "Autorisation du droit des sols", "02", "1", "2",
                        "Adico, Somme Numérique"),
                new Change(ChangeKind.DOUBLON_REMOVED, "Autorisation du droit des sols", "62", "2", "1", "CDG62"),
                new Change(ChangeKind.OFFER_SUBMITTED, "Parapheur partagé", null, null, "Soumise", "Adico"),
                new Change(ChangeKind.OFFER_WITHDRAWN, "Archivage mutualisé", null, "Soumise", "Retirée", "Adico"),
                new Change(ChangeKind.ACTION_LATE, "Former au RGPD", null, null, "31/05/2027", "Adico"),
                new Change(ChangeKind.PARTNERSHIP_STARTED, "Groupement marchés", null, "En projet", "Actif",
                        "Adico, CDG62"),
                new Change(ChangeKind.PARTNERSHIP_ENDED, "Plateforme SIG", null, "Actif", "Terminé", "Adico, CDG62"),
                new Change(ChangeKind.PARTNERSHIP_ENDED, "Convention DPO", null, "Actif", "Retiré", "Adico, CDG62"),
                new Change(ChangeKind.SWOT_ADDED, "Le plan France Très Haut Débit", null, null, "Opportunités",
                        "Précisions"),
                new Change(ChangeKind.SWOT_CHANGED, "Des outils épars", null, "Faiblesses", "Menaces", "Précisions"),
                new Change(ChangeKind.SWOT_REMOVED, "Des budgets contraints", null, "Menaces", "Retiré", "Précisions"));
        assertThat(comparison.budgetValidated()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(Comparison.of(summer, summer, LABELS).changes()).as("a baseline against itself").isEmpty();
    }

    private static Baseline.Coverage coverage(Baseline.Service... services) {
        return new Baseline.Coverage(DEPARTEMENTS, OPERATORS, List.of(services));
    }

    private static Baseline.Offer offer(long id, String title, String status, Instant submitted) {
        return new Baseline.Offer(id, title, status, "Adico", new BigDecimal("50000"), submitted, null, null);
    }

    private static Baseline.Action action(long id, String title, LocalDate due, boolean overdue) {
        return new Baseline.Action(id, title, "Adico", "EN_COURS", false, due, 40, overdue);
    }

    private static Baseline.Partnership partnership(long id, String name, String status) {
        return new Baseline.Partnership(id, name, status, "Adico, CDG62", LocalDate.of(2026, 1, 1), null);
    }

    private static Baseline.SwotItem swot(long id, String quadrant, String title) {
        return new Baseline.SwotItem(id, quadrant, 1, title, "Précisions", SPRING.minusSeconds(3_600));
    }
}
