/**
 * Coverage: who offers which service in which département, and what follows from it. The pure matrix of gaps,
 * single offers and doublons computed from the operators' offerings, with the survey's demand and the priority
 * ranking ({@code domain.matrix}, plain Java, benchmarked); the survey and report tables (unmet needs, facts,
 * the published synthesis, interview insights); and the pages that show them: the dashboard, the matrix, the
 * map, the needs, the operators' profiles and the reconciliation with the published synthesis.
 */
package fr.metamut.coverage;
