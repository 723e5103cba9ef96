package fr.metamut.actionplan.service;

/** Something an action may link to (a joint offer, a SWOT item), by id with its label. */
public record LinkOption(Long id, String label) {
}
