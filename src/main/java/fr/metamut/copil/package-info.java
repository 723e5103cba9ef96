/**
 * COPIL: the steering committee's meetings and its memory between them. A coordinator records a meeting (date,
 * title, operators present, agenda, decisions optionally about an offer, an action or a SWOT item); recording
 * freezes a baseline of the state that matters; any two baselines (or one and now) compare into "what changed
 * since the last COPIL", shown on a page and as a sheet of the workbook ({@code workbook.service.WorkbookSupplement}).
 * See docs/copil.md.
 */
package fr.metamut.copil;
