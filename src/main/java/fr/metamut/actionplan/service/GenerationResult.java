package fr.metamut.actionplan.service;

/** What generating an offer's actions did: how many it created, how many already existed. */
public record GenerationResult(int created, int alreadyThere) {
}
