package fr.metamut.actionplan.service;

/** A validated joint offer whose actions are not all generated yet: how many generation would create. */
public record GenerationCandidate(Long offerId, String title, String leadName, int missingActions) {
}
