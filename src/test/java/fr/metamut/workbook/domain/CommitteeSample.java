package fr.metamut.workbook.domain;

import fr.metamut.base.ui.TranslationProvider;
import fr.metamut.copil.domain.Change;
import fr.metamut.copil.domain.ChangeKind;
import fr.metamut.copil.domain.Comparison;
import fr.metamut.copil.domain.Decision;
import fr.metamut.copil.domain.DecisionLink;
import fr.metamut.copil.domain.FollowUp;
import fr.metamut.copil.domain.SinceLastMeetingSheet;
import fr.metamut.support.ReportData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A workbook as a committee receives it: the report's coverage, a few dozen offers, partnerships, SWOT items and
 * actions with texts as long as users write them (links included), the cells planned by validated offers, and the
 * "Depuis le dernier COPIL" sheet. For the print checks.
 */
final class CommitteeSample {

    static final Labels APPLICATION_LABELS = Labels.of(TranslationProvider.load("fr"), Locale.FRENCH);

    private CommitteeSample() {
    }

    static WorkbookContent content() {
        WorkbookContent report = new ReportData().workbookContent();
        LocalDate day = ReportData.EXPORT_DATE;
        List<WorkbookContent.Offer> offers = new ArrayList<>();
        List<WorkbookContent.Action> actions = new ArrayList<>();
        List<WorkbookContent.Partnership> partnerships = new ArrayList<>();
        List<WorkbookContent.SwotEntry> swot = new ArrayList<>();
        String[] states = {"SOUMISE", "EN_INSTRUCTION", "VALIDEE", "REFUSEE", "MODIFICATIONS_DEMANDEES", "RETIREE"};
        String[] labels = {"Soumise", "En instruction", "Validée", "Refusée", "Modifications demandées", "Retirée"};
        for (int i = 1; i <= 24; i++) {
            int s = i % states.length;
            offers.add(new WorkbookContent.Offer("Offre conjointe : Système d’information géographique mutualisé (" + i + ")",
                    labels[s], "Somme Numérique", "CDG59, CDG62, Adico", "Système d’information géographique, Délégué à la"
                    + " protection des données", "02, 59, 60, 62, 80", new BigDecimal(12_500 * i), day.minusMonths(6),
                    day.plusYears(2), day.minusMonths(5), s >= 2 ? day.minusMonths(4) : null,
                    s >= 2 ? "Offre cohérente avec les besoins exprimés par les communes de moins de 2 000 habitants ;"
                            + " budget à confirmer au prochain comité." : null, "Claire Coordinatrice", states[s]));
        }
        String[] actionStates = {"A_FAIRE", "EN_COURS", "FAIT", "BLOQUE"};
        String[] actionLabels = {"À faire", "En cours", "Fait", "Bloqué"};
        for (int i = 1; i <= 60; i++) {
            int s = i % 4;
            actions.add(new WorkbookContent.Action(i, "Déployer la plateforme départementale de marchés publics dans les"
                    + " communes rurales (lot " + i + ")", "Somme Numérique", "CDG59, CDG62", day.plusDays(i * 7 - 120),
                    actionLabels[s], s == 2, "Haute", "Communes raccordées", new BigDecimal(100), new BigDecimal(i),
                    (i * 7) % 101, s != 2 && i < 18, "Offre conjointe : Système d’information géographique mutualisé (3)\n"
                    + "AFOM : Un maillage territorial dense\nAbsence : Archivage électronique en 62", actionStates[s]));
        }
        for (int i = 1; i <= 12; i++) {
            partnerships.add(new WorkbookContent.Partnership("Plateforme mutualisée de dématérialisation des marchés " + i,
                    "Plateforme partagée", "Active", "Somme Numérique, CDG59, CDG62", "Marchés publics, Parapheur électronique",
                    "59, 62, 80", day.minusYears(2), null, "Groupement de commandes autour de la plateforme ATEXO, avec un"
                    + " comité de suivi semestriel et une convention de partage des coûts.", null));
        }
        String[] quadrants = {"Atouts", "Faiblesses", "Opportunités", "Menaces"};
        for (int i = 0; i < 20; i++) {
            swot.add(new WorkbookContent.SwotEntry(quadrants[i % 4], i / 4 + 1, "Un maillage territorial dense et une"
                    + " connaissance fine des collectivités (" + i + ")", "Les OPSN accompagnent 3 789 communes, dont"
                    + " 3 243 de moins de 2 000 habitants.", "Couverture : Archivage électronique en 62",
                    i % 2 == 0 ? "Claire Martin" : null, i % 2 == 0 ? day.minusDays(i) : null,
                    "• Déployer la plateforme départementale (En cours, 40 %)\n• Former les agents au RGPD (Fait, 100 %)",
                    70, i % 2 == 0 ? null : "Rapport OPSN Hauts-de-France, février 2021"));
        }
        return new WorkbookContent(report.matrix(), report.priorities(), report.discrepancies(), report.needs(),
                report.facts(), report.source(), report.exportDate(), offers, partnerships, swot, actions, null,
                Map.of("ADS/62", List.of("Offre conjointe : ADS (62)"), "ARCHIVAGE/02", List.of("Archivage")),
                List.of(comparisonSheet(day)));
    }

    static SinceLastMeetingSheet comparisonSheet(LocalDate day) {
        List<Change> changes = new ArrayList<>();
        changes.add(new Change(ChangeKind.GAP_CLOSED, "Archivage électronique", "62", "0", "1", "Adico"));
        changes.add(new Change(ChangeKind.DOUBLON_CREATED, "Marchés publics", "60", "1", "2", "Adico, Cap’Oise"));
        changes.add(new Change(ChangeKind.OFFER_DECIDED, "Offre conjointe : Système d’information géographique mutualisé",
                null, "En instruction", "Validée", "Offre cohérente avec les besoins exprimés ; budget confirmé."));
        changes.add(new Change(ChangeKind.ACTION_COMPLETED, "Former les agents au RGPD", null, "En cours", "Fait", "Adico"));
        changes.add(new Change(ChangeKind.DEADLINE_MOVED, "Déployer la plateforme départementale de marchés publics", null,
                "30/06/2027", "31/12/2027", "Somme Numérique"));
        Comparison comparison = new Comparison(Instant.parse("2027-03-14T10:00:00Z"), Instant.parse("2027-06-20T10:00:00Z"),
                changes, new BigDecimal("150000"));
        Decision decision = new Decision("Valider le principe d’un SIG mutualisé porté par Somme Numérique",
                DecisionLink.OFFER, 3L, "Offre conjointe : Système d’information géographique mutualisé");
        return new SinceLastMeetingSheet(new SinceLastMeetingSheet.Content(
                new SinceLastMeetingSheet.Heading(LocalDate.of(2027, 3, 14), "COPIL de printemps"),
                new SinceLastMeetingSheet.Heading(LocalDate.of(2027, 6, 20), "COPIL d’été"), comparison,
                List.of(new FollowUp(decision, "Validée")), List.of(new Decision("Lancer l’appel à partenaires pour"
                + " l’archivage", null, null, null)), day), APPLICATION_LABELS);
    }
}
