/**
 * The action plan (plan d’actions): dated actions owned by an operator with contributors, a status, a
 * priority, an indicator and a progress, optionally linked to a joint offer, a SWOT item or a coverage
 * gap; generated in one click from a validated joint offer; followed by the Région and exported to the
 * steering committee's workbook.
 */
package fr.metamut.actionplan;
