/**
 * The coverage pages: the home dashboard, the matrix of gaps and doublons (with the workbook download other
 * features contribute to its header), the map of the départements, the survey's unmet needs, the operators'
 * profiles and the reconciliation of the matrix with the report's published synthesis.
 */
package fr.metamut.coverage.ui.view;
