package fr.metamut.swot.domain;

/** What a user writes on a SWOT item: a title, an optional description, its evidence. */
public record SwotContent(String title, String description, SwotEvidence evidence) {

    public SwotContent {
        evidence = evidence == null ? SwotEvidence.NONE : evidence;
    }
}
