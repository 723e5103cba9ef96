package fr.metamut.copil.ui.component;

import fr.metamut.copil.domain.DecisionLink;

/** Something a decision may be about, as the form offers it: its kind, id and title. */
public record LinkChoice(DecisionLink kind, Long id, String label) {
}
